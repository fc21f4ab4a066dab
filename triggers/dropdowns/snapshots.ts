import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger, each } from '../../src/operation';
import { parseResponse } from '../../src/schemas';

const Snapshots = z.object({ snapshots: z.array(z.looseObject({ id: z.string(), name: z.string().nullish(), type: z.string().nullish() })).nullish() });

/**
 * The agency's own and imported snapshots, for Create Location's Snapshot dropdown. GET /snapshots/
 * is agency-only (the spec's Agency-Access lists no scope; snapshots.readonly as the catalog says).
 */
export default defineListTrigger({
  key: 'snapshotDropdown',
  noun: 'Snapshot',
  label: 'Snapshots (Dropdown)',
  description: 'Triggers when the Snapshot dropdown loads: lists the agency\'s snapshots.',
  hidden: true,
  connection: 'agency',
  endpoint: endpoint('GET', '/snapshots/', '2021-07-28', ['snapshots.readonly']),
  inputs: {},
  request: (_input, { bundle }) => ({ query: { companyId: bundle.authData?.companyId } }),
  records: (body: unknown) => parseResponse(Snapshots, body, 'the snapshot list').snapshots ?? [],
  output: each((s) => ({ id: s.id, name: s.type === 'imported' ? `${s.name ?? s.id} (imported)` : (s.name ?? s.id) })),
  sample: { id: '1eM2UgkfaECOYyUdCo9Pa', name: 'Dental Practice Snapshot' },
  outputFields: [
    { key: 'id', label: 'Snapshot ID' },
    { key: 'name', label: 'Snapshot' },
  ],
});
