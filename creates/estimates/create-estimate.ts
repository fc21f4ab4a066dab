import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { estimateAnswer, estimateShape } from '../../src/records/estimate';
import { estimateBody, estimateInputs } from '../../src/records/estimate-inputs';

/**
 * Create Estimate: POST /invoices/estimate (invoices.json `CreateEstimatesDto`) as a draft, after
 * reading the contact (GET /contacts/{contactId}), as Create Invoice does. The spec requires
 * `frequencySettings`: a one-off estimate sends `{ enabled: false, schedule: {} }`. Send it with
 * Send Estimate.
 */
export default defineAction({
  key: 'createEstimate',
  noun: 'Estimate',
  label: 'Create Estimate',
  description: 'Creates a draft estimate (quote) for a contact with line items from your Zap; send it with Send Estimate and turn it into an invoice once accepted.',
  endpoint: endpoint('POST', '/invoices/estimate', '2021-07-28', ['invoices/estimate.write']),
  inputs: estimateInputs,
  request: async (input, ctx) => ({ body: await estimateBody(input, ctx) }),
  output: estimateAnswer,
  ...estimateShape,
});
