import newOrder from '../../payments/new-order';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { orderTable, orderOutputs } from '../../../src/records/order';

/** Order Created (Instant): HighLevel's OrderCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'orderCreatedInstant',
  noun: 'Order',
  label: 'Order Created (Instant)',
  description: 'Triggers when an order is placed.',
  eventTypes: ['OrderCreate'],
  inputs: {},
  ...orderOutputs,
  records: eventRecords(orderTable.parse),
  poll: newOrder,
});
