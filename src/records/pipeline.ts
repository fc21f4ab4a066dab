import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import { callApi, locationId, type Ctx } from '../client';
import { limits } from '../config';
import { endpoint } from '../endpoint';
import type { Flat } from '../operation';
import { listOf, parseResponse } from '../schemas';

/**
 * Pipelines and their stages (GET /opportunities/pipelines). The spec types `stages` as an
 * array of arrays; HighLevel sends stage objects `{ id, name, position, ... }`, so stages are
 * read leniently: any item with a string `id` is a stage, anything else is skipped.
 */
export const pipelinesEndpoint = endpoint('GET', '/opportunities/pipelines', '2021-07-28', ['opportunities.readonly']);

const str = z.string().nullish();

export interface Stage {
  id: string;
  name: string | null;
  position: number | null;
}

const StageItem = z.looseObject({ id: z.string(), name: str, position: z.number().nullish() });

export const Pipeline = z.looseObject({
  id: z.string(),
  name: str,
  stages: z.array(z.unknown()).nullish(),
  showInFunnel: z.boolean().nullish(),
  showInPieChart: z.boolean().nullish(),
  locationId: str,
});
export type Pipeline = z.infer<typeof Pipeline>;

/** A pipeline's stages in board order (by position where HighLevel gives one). */
export function stagesOf(p: Pipeline): Stage[] {
  const stages = (p.stages ?? []).flatMap((s) => {
    const r = StageItem.safeParse(s);
    return r.success ? [{ id: r.data.id, name: r.data.name ?? null, position: r.data.position ?? null }] : [];
  });
  return stages.every((s) => s.position !== null) ? stages.sort((a, b) => (a.position ?? 0) - (b.position ?? 0)) : stages;
}

export const pipelineList = (body: unknown): Pipeline[] => parseResponse(listOf('pipelines', Pipeline), body, 'the pipeline list');

/** The request of every pipelines read: the connected location. */
export const pipelinesRequest = (_input: unknown, { bundle }: Ctx) => ({ query: { locationId: locationId(bundle) } });

const cacheKey = (loc: string) => `pipelines:${loc}`;

/**
 * The location's pipelines, kept in z.cache like the custom-field definitions, so naming the
 * pipeline and stage of opportunities costs at most one request per 10 minutes.
 */
export async function cachedPipelines(ctx: Ctx): Promise<Pipeline[]> {
  const key = cacheKey(locationId(ctx.bundle));
  try {
    const cached = (await ctx.z.cache.get(key)) as Pipeline[] | null;
    if (Array.isArray(cached)) return cached;
  } catch {
    /* no cache here: fetch below */
  }
  const pipelines = pipelineList(await callApi(ctx, pipelinesEndpoint, pipelinesRequest(undefined, ctx)));
  try {
    await ctx.z.cache.set(key, pipelines, limits.customFieldCacheSeconds);
  } catch {
    /* no cache here */
  }
  return pipelines;
}

/** Names of pipelines and stages by id. */
export interface PipelineNames {
  pipeline: (id: string | null | undefined) => string | null;
  stage: (id: string | null | undefined) => string | null;
}

export const NO_NAMES: PipelineNames = { pipeline: () => null, stage: () => null };

export function namesOf(pipelines: readonly Pipeline[]): PipelineNames {
  const p = new Map(pipelines.map((x) => [x.id, x.name ?? null]));
  const s = new Map(pipelines.flatMap((x) => stagesOf(x).map((st) => [st.id, st.name] as const)));
  return { pipeline: (id) => (id ? (p.get(id) ?? null) : null), stage: (id) => (id ? (s.get(id) ?? null) : null) };
}

export const flattenPipeline = (p: Pipeline): Flat => {
  const stages = stagesOf(p);
  return {
    id: p.id,
    name: p.name ?? null,
    stageNames: stages.map((s) => s.name ?? s.id),
    stageIds: stages.map((s) => s.id),
    stageCount: stages.length,
    showInFunnel: p.showInFunnel ?? null,
    showInPieChart: p.showInPieChart ?? null,
    locationId: p.locationId ?? null,
  };
};

export const pipelineOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Pipeline ID' },
  { key: 'name', label: 'Pipeline Name' },
  { key: 'stageNames', label: 'Stage Names (in order)' },
  { key: 'stageIds', label: 'Stage IDs (in order)' },
  { key: 'stageCount', label: 'Number of Stages', type: 'integer' },
  { key: 'showInFunnel', label: 'Shown in Funnel Chart', type: 'boolean' },
  { key: 'showInPieChart', label: 'Shown in Pie Chart', type: 'boolean' },
  { key: 'locationId', label: 'Location ID' },
];

export const pipelineSample: Flat = {
  id: 'VDm7RPYC2GLUvdpKmBfC',
  name: 'Direct Mail Sales',
  stageNames: ['New Lead', 'Postcard Sent', 'Call Booked', 'Closed'],
  stageIds: ['7915dedc-8f18-44d5-8bc3-77c04e994a10', 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', '3bd6a5d4-2b4c-4a2e-9a48-6c1e9f3a0b11', 'c0a8f7d2-1e5b-4b8e-8f3c-2d9e7a6b5c44'],
  stageCount: 4,
  showInFunnel: true,
  showInPieChart: true,
  locationId: 've9EPM428h8vShlRW1KT',
};
