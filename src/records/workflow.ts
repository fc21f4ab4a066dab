import type { Ctx } from '../client';
import type { Mapper } from '../operation';
import { defineRecord, t, type Output } from '../record-table';

/** Workflows, campaigns and snapshots as the list triggers of Workflows & Campaigns output them. */

export const workflowTable = defineRecord(
  {
    id: { label: 'Workflow ID', type: t.text, sample: '78559bb3-b920-461e-b010-7b2a2816d2a9' },
    name: { label: 'Workflow Name', type: t.text, sample: 'Postcard follow-up' },
    status: { label: 'Status (draft or published)', type: t.text, sample: 'published' },
    version: { label: 'Version', type: t.integer, sample: 2 },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-15T09:30:00.000Z' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'workflow' },
);
type Workflow = Output<typeof workflowTable.fields>;

export const campaignTable = defineRecord(
  {
    id: { label: 'Campaign ID', type: t.text, sample: 'mIVALPYuTD7YjUHnFEx4' },
    name: { label: 'Campaign Name', type: t.text, sample: 'Spring postcard drip' },
    status: { label: 'Status', type: t.text, sample: 'published' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'campaign' },
);

export const snapshotTable = defineRecord(
  {
    id: { label: 'Snapshot ID', type: t.text, sample: '1eM2UgkfaECOYyUdCo9Pa' },
    name: { label: 'Snapshot Name', type: t.text, sample: 'Dental Practice Snapshot' },
    type: { label: 'Type (own or imported)', type: t.text, sample: 'own' },
  },
  { name: 'snapshot' },
);

export const workflowList = workflowTable.list('workflows');
export const campaignList = campaignTable.list('campaigns');
export const snapshotList = snapshotTable.list('snapshots');

/** Newest workflow first (by createdAt), so a new workflow leads the poll. */
const workflowsOutput: Mapper<Workflow> = (records, ctx: Ctx) =>
  workflowTable.output([...records].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '')), ctx);

export const workflowOutputs = { ...workflowTable.outputs, output: workflowsOutput };
export const campaignOutputs = campaignTable.outputs;
export const snapshotOutputs = snapshotTable.outputs;
