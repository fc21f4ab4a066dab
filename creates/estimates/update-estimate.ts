import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { estimateAnswer, estimateShape } from '../../src/records/estimate';
import { estimateBody, estimateInputs } from '../../src/records/estimate-inputs';
import { estimateIdField, lineItemsField } from '../../src/records/invoice-inputs';

/** The statuses a Zap may set (`UpdateEstimateDto.estimateStatus`; `all` is a list filter, `invoiced` and `viewed` are set by HighLevel). */
const STATUSES = { draft: 'Draft', sent: 'Sent', accepted: 'Accepted', declined: 'Declined' } as const;

/**
 * Update Estimate: PUT /invoices/estimate/{estimateId} (invoices.json `UpdateEstimateDto`). The
 * spec requires the whole estimate (name, contact, currency, items, discount, business, frequency)
 * and no endpoint reads one estimate back (only the list, which cannot filter by id), so this
 * replaces the estimate with the inputs, as Create Estimate builds them (the contact read first);
 * optional fields left blank get HighLevel's defaults. Status, when given, is sent as
 * `estimateStatus` (e.g. accepted after the customer agreed elsewhere).
 */
export default defineAction({
  key: 'updateEstimate',
  noun: 'Estimate',
  label: 'Update Estimate',
  description: 'Replaces an estimate\'s contact, items and details with the ones you give (optionally marking it accepted or declined); use it to revise a quote before it is invoiced.',
  endpoint: endpoint('PUT', '/invoices/estimate/{estimateId}', '2021-07-28', ['invoices/estimate.write']),
  inputs: {
    estimateId: estimateIdField('The estimate to change. Pick one, or map an Estimate ID from an earlier step (e.g. New Estimate).'),
    ...estimateInputs,
    lineItems: lineItemsField('All items of the estimate after the update (they replace the current ones): one row per item (name, quantity, unit price).'),
    estimateStatus: f.choice({ label: 'Status', choices: STATUSES, helpText: 'Sets the estimate\'s status, e.g. Accepted when the customer agreed by phone. Unchanged when blank.' }),
  },
  request: async ({ estimateId: _id, estimateStatus, ...input }, ctx) => ({
    body: { ...(await estimateBody(input, ctx)), ...(estimateStatus ? { estimateStatus } : {}) },
  }),
  output: estimateAnswer,
  ...estimateShape,
});
