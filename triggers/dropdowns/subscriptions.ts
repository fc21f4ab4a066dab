import { paymentDropdown } from '../../src/records/payment-lookup';
import { subscriptionKind } from '../../src/records/payment-kinds';

/** Subscriptions for the Subscription dropdown (hidden): subscriber, amount and start, 100 per "load more". */
export default paymentDropdown(subscriptionKind);
