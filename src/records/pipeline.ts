import { locationId, type Ctx } from '../client';
import { endpoint } from '../endpoint';
import { defineRecord, isRecord, readAs, t, type Output } from '../record-table';

/**
 * Pipelines and their stages (GET /opportunities/pipelines), one record table. The spec types
 * `stages` as an array of arrays; HighLevel sends stage objects `{ id, name, position, ... }`, so
 * stages are read leniently: any item with a text `id` is a stage, anything else is skipped (the
 * spec's own shape, lists inside the list, gives no stages rather than a failed step).
 */
export const pipelinesEndpoint = endpoint('GET', '/opportunities/pipelines', '2021-07-28', ['opportunities.readonly']);

export interface Stage {
  id: string;
  name: string | null;
  position: number | null;
}

/** A pipeline's stages in board order (by position where HighLevel gives one for every stage). */
export function stagesOf(stages: unknown): Stage[] {
  const found = (Array.isArray(stages) ? stages : []).flatMap((s): Stage[] => {
    const id = isRecord(s) ? readAs(t.nonEmptyText, s.id) : null;
    return isRecord(s) && id ? [{ id, name: readAs(t.text, s.name), position: readAs(t.number, s.position) }] : [];
  });
  return found.every((s) => s.position !== null) ? found.sort((a, b) => (a.position ?? 0) - (b.position ?? 0)) : found;
}

export const pipelineTable = defineRecord(
  {
    id: { label: 'Pipeline ID', type: t.text, sample: 'VDm7RPYC2GLUvdpKmBfC' },
    name: { label: 'Pipeline Name', type: t.text, sample: 'Direct Mail Sales' },
    stageNames: {
      label: 'Stage Names (in order)', type: t.strings, from: [], sample: ['New Lead', 'Postcard Sent', 'Call Booked', 'Closed'],
      derive: (_out, raw) => stagesOf(raw.stages).map((s) => s.name ?? s.id),
    },
    stageIds: {
      label: 'Stage IDs (in order)', type: t.strings, from: [],
      sample: ['7915dedc-8f18-44d5-8bc3-77c04e994a10', 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', '3bd6a5d4-2b4c-4a2e-9a48-6c1e9f3a0b11', 'c0a8f7d2-1e5b-4b8e-8f3c-2d9e7a6b5c44'],
      derive: (_out, raw) => stagesOf(raw.stages).map((s) => s.id),
    },
    stageCount: { label: 'Number of Stages', type: t.integer, from: [], derive: (out) => (Array.isArray(out.stageIds) ? out.stageIds.length : 0), sample: 4 },
    showInFunnel: { label: 'Shown in Funnel Chart', type: t.boolean, sample: true },
    showInPieChart: { label: 'Shown in Pie Chart', type: t.boolean, sample: true },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'pipeline' },
);
export type Pipeline = Output<typeof pipelineTable.fields>;

/** A parsed pipeline's stages in board order (`name` null where HighLevel gave none). */
export const stagesOfRow = (p: Pipeline): { id: string; name: string | null }[] =>
  p.stageIds.map((id, i) => ({ id, name: p.stageNames[i] !== undefined && p.stageNames[i] !== id ? p.stageNames[i]! : null }));

export const pipelineList = pipelineTable.list('pipelines', 'the pipeline list');
export const pipelineOutputs = pipelineTable.outputs;

/** The request of every pipelines read: the connected location. */
export const pipelinesRequest = (_input: unknown, { bundle }: Ctx) => ({ query: { locationId: locationId(bundle) } });
