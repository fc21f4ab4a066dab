import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { orderTable, orderOutputs } from '../../../src/records/order';

/** Order Status Changed (Instant): HighLevel's OrderStatusUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'orderStatusChangedInstant',
  noun: 'Order',
  label: 'Order Status Changed (Instant)',
  description: 'Triggers when the status of an order changes.',
  eventTypes: ['OrderStatusUpdate'],
  inputs: {},
  ...orderOutputs,
  records: eventRecords(orderTable.parse),
});
