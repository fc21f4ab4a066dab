import { defineRecord, t } from '../record-table';
import { billedColumns, lineItems } from './invoice';

/**
 * Estimates (invoices.json `EstimateResponseDto`): flat, amounts as numbers in the estimate's
 * currency, the contact and the items as one text (as invoices). The spec's answer has no status
 * field; HighLevel's estimates carry it as `estimateStatus` (draft, sent, accepted, declined,
 * invoiced), read here with `status` as the alternative.
 */
export const estimateTable = defineRecord(
  {
    id: { label: 'Estimate ID', type: t.text, from: ['_id', 'id'], sample: '67a1c0e5f2b3d4a5b6c7d8e9' },
    estimateNumber: { label: 'Estimate Number', type: t.looseText, sample: '12' },
    name: { label: 'Estimate Name', type: t.text, sample: 'Whitening estimate' },
    title: { label: 'Title', type: t.text, sample: 'ESTIMATE' },
    status: { label: 'Status', type: t.text, from: ['estimateStatus', 'status'], sample: 'sent' },
    currency: { label: 'Currency', type: t.text, sample: 'USD' },
    total: { label: 'Total', type: t.number, sample: 450 },
    issueDate: { label: 'Issue Date', type: t.text, sample: '2025-03-14' },
    expiryDate: { label: 'Expiry Date', type: t.text, sample: '2025-04-13' },
    lineItems: { label: 'Line Items', type: lineItems, from: 'items', sample: '1 × In-office whitening (450)' },
    liveMode: { label: 'Live Mode (not test)', type: t.boolean, sample: true },
    ...billedColumns,
    locationId: { label: 'Location ID', type: t.text, from: 'altId', sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  },
  { name: 'estimate' },
);

export const estimateList = estimateTable.list('estimates');
export const estimateOutputs = { records: estimateList, ...estimateTable.outputs };
/** A bare estimate (the create, send and delete answers). */
export const estimateAnswer = estimateTable.answer('', 'the estimate');
export const estimateShape = estimateTable.shape;
