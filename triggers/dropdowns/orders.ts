import { paymentDropdown } from '../../src/records/payment-lookup';
import { orderKind } from '../../src/records/payment-kinds';

/** Orders for the Order dropdown (hidden): buyer, amount and date, 100 per "load more". */
export default paymentDropdown(orderKind);
