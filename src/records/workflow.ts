import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import { each, type Flat, type Mapper } from '../operation';
import { listOf, parseResponse } from '../schemas';

/**
 * Workflows, campaigns and snapshots as the list triggers of Workflows & Campaigns output them.
 */
const str = z.string().nullish();

export const Workflow = z.looseObject({ id: z.string(), name: str, status: str, version: z.number().nullish(), createdAt: str, updatedAt: str, locationId: str });
export type Workflow = z.infer<typeof Workflow>;
export const Campaign = z.looseObject({ id: z.string(), name: str, status: str, locationId: str });
export const Snapshot = z.looseObject({ id: z.string(), name: str, type: str });

export const workflowList = (body: unknown) => parseResponse(listOf('workflows', Workflow), body, 'the workflow list');
export const campaignList = (body: unknown) => parseResponse(listOf('campaigns', Campaign), body, 'the campaign list');
export const snapshotList = (body: unknown) => parseResponse(listOf('snapshots', Snapshot), body, 'the snapshot list');

/** Newest workflow first (by createdAt), so a new workflow leads the poll. */
const workflowsOutput: Mapper<Workflow> = (records) =>
  [...records]
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''))
    .map((w) => ({
      id: w.id,
      name: w.name ?? null,
      status: w.status ?? null,
      version: w.version ?? null,
      createdAt: w.createdAt ?? null,
      updatedAt: w.updatedAt ?? null,
      locationId: w.locationId ?? null,
    }));

export const workflowOutputs = {
  output: workflowsOutput,
  sample: {
    id: '78559bb3-b920-461e-b010-7b2a2816d2a9',
    name: 'Postcard follow-up',
    status: 'published',
    version: 2,
    createdAt: '2025-03-14T15:04:05.000Z',
    updatedAt: '2025-03-15T09:30:00.000Z',
    locationId: 've9EPM428h8vShlRW1KT',
  } satisfies Flat,
  outputFields: [
    { key: 'id', label: 'Workflow ID' },
    { key: 'name', label: 'Workflow Name' },
    { key: 'status', label: 'Status (draft or published)' },
    { key: 'version', label: 'Version', type: 'integer' },
    { key: 'createdAt', label: 'Created At', type: 'datetime' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
    { key: 'locationId', label: 'Location ID' },
  ] satisfies PlainOutputField[],
};

export const campaignOutputs = {
  output: each((c: z.infer<typeof Campaign>) => ({ id: c.id, name: c.name ?? null, status: c.status ?? null, locationId: c.locationId ?? null })),
  sample: { id: 'mIVALPYuTD7YjUHnFEx4', name: 'Spring postcard drip', status: 'published', locationId: 've9EPM428h8vShlRW1KT' } satisfies Flat,
  outputFields: [
    { key: 'id', label: 'Campaign ID' },
    { key: 'name', label: 'Campaign Name' },
    { key: 'status', label: 'Status' },
    { key: 'locationId', label: 'Location ID' },
  ] satisfies PlainOutputField[],
};

export const snapshotOutputs = {
  output: each((s: z.infer<typeof Snapshot>) => ({ id: s.id, name: s.name ?? null, type: s.type ?? null })),
  sample: { id: '1eM2UgkfaECOYyUdCo9Pa', name: 'Dental Practice Snapshot', type: 'own' } satisfies Flat,
  outputFields: [
    { key: 'id', label: 'Snapshot ID' },
    { key: 'name', label: 'Snapshot Name' },
    { key: 'type', label: 'Type (own or imported)' },
  ] satisfies PlainOutputField[],
};
