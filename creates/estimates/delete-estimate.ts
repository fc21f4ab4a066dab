import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { estimateAnswer, estimateShape } from '../../src/records/estimate';
import { estimateIdField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';

/** Delete Estimate: DELETE /invoices/estimate/{estimateId} with `altId`/`altType` in the body (the spec's AltDto). */
export default defineAction({
  key: 'deleteEstimate',
  noun: 'Estimate',
  label: 'Delete Estimate',
  description: 'Deletes an estimate permanently; invoices already made from it stay. This cannot be undone.',
  endpoint: endpoint('DELETE', '/invoices/estimate/{estimateId}', '2021-07-28', ['invoices/estimate.write']),
  inputs: { estimateId: estimateIdField('The estimate to delete. Pick one, or map an Estimate ID from an earlier step.') },
  request: (_input, { bundle }) => ({ body: altLocation(bundle) }),
  output: estimateAnswer,
  ...estimateShape,
});
