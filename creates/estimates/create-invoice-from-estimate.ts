import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { isRecord, readAs, t } from '../../src/record-table';
import { invoiceEnvelopeAnswer, invoiceShape } from '../../src/records/invoice';
import { estimateIdField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';

/**
 * Create Invoice From Estimate: POST /invoices/estimate/{estimateId}/invoice
 * (`CreateInvoiceFromEstimateDto`); the answer is `{ estimate, invoice }`: the new invoice is
 * output, with the estimate's id.
 */
export default defineAction({
  key: 'createInvoiceFromEstimate',
  noun: 'Invoice',
  label: 'Create Invoice From Estimate',
  description: 'Creates a draft invoice from an estimate (e.g. once the contact accepts it), with the same contact and items; send it with Send Invoice.',
  endpoint: endpoint('POST', '/invoices/estimate/{estimateId}/invoice', '2021-07-28', ['invoices/estimate.write']),
  inputs: {
    estimateId: estimateIdField(),
    markAsInvoiced: f.boolean({ label: 'Mark Estimate as Invoiced', default: 'true', helpText: 'Yes: the estimate\'s status becomes invoiced. No: it keeps its status. Yes when blank.' }),
  },
  request: ({ markAsInvoiced }, { bundle }) => ({ body: { ...altLocation(bundle), markAsInvoiced: markAsInvoiced ?? true } }),
  output: async (body, ctx) => ({
    ...(await invoiceEnvelopeAnswer(body, ctx)),
    estimateId: readAs(t.text, isRecord(body) && isRecord(body.estimate) ? (body.estimate._id ?? body.estimate.id) : undefined) ?? ctx.input.estimateId,
  }),
  sample: { ...invoiceShape.sample, status: 'draft', estimateId: '67a1c0e5f2b3d4a5b6c7d8e9' },
  outputFields: [...invoiceShape.outputFields, { key: 'estimateId', label: 'Estimate ID' }],
});
