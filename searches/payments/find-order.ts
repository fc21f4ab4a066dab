import { paymentSearch } from '../../src/records/payment-lookup';
import { orderKind } from '../../src/records/payment-kinds';

/** GET /payments/orders/{orderId}?altId&altType=location (altType as New Order sends it). */
export default paymentSearch({
  ...orderKind,
  from: 'New Order',
  description: 'Finds an order by its ID, with its status, fulfillment status, amounts, coupon and buyer; no result when there is none.',
});
