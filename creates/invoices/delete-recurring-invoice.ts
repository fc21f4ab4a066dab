import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { scheduleIdField } from '../../src/records/recurring-invoice';
import { succeededOf } from '../../src/records/result';
import { altLocation } from '../../src/records/window';

/** Delete Recurring Invoice: DELETE /invoices/schedule/{scheduleId}?altId=<location>&altType=location; answers `{ success }`. */
export default defineAction({
  key: 'deleteRecurringInvoice',
  noun: 'Recurring Invoice',
  label: 'Delete Recurring Invoice',
  description: 'Deletes a recurring invoice permanently (to only stop it, use Cancel Recurring Invoice); invoices already issued stay. This cannot be undone.',
  endpoint: endpoint('DELETE', '/invoices/schedule/{scheduleId}', '2021-07-28', ['invoices/schedule.write']),
  inputs: { scheduleId: scheduleIdField('The recurring invoice to delete. Pick one, or map a Recurring Invoice ID from an earlier step.') },
  request: (_input, { bundle }) => ({ query: altLocation(bundle) }),
  output: (body, { input }) => ({ scheduleId: input.scheduleId, succeeded: succeededOf(body) }),
  sample: { scheduleId: '6578278e879ad2646715ba9c', succeeded: true },
  outputFields: [
    { key: 'scheduleId', label: 'Deleted Recurring Invoice ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
