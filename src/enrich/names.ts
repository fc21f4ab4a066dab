import { z as zod } from 'zod';
import { callApi, locationId, type Ctx } from '../client';
import { limits } from '../config';
import type { Flat, Mapper } from '../operation';
import { t, type Field } from '../record-table';
import { calendarList, calendarsEndpoint } from '../records/calendar';
import { cacheGet, cacheSet, tenantKey } from '../scoped-cache';

/**
 * Names next to IDs a user would rather read (pipeline, stage, user, lost reason, calendar, blog
 * author and categories). Cost: at most ONE request per kind per step, none while the
 * connection-scoped cache (company + location + kind, `limits.namesCacheSeconds`) holds the names.
 * Two kinds of source:
 * - a list kind reads the location's whole list once (pipelines with their stages, calendars...);
 * - an ids kind asks for exactly the distinct IDs of the step that are not cached yet (users: the
 *   user search's `ids` filter), each name then cached on its own; an ID HighLevel does not know
 *   is cached as unknown too, so it costs no request per poll.
 * A row without the ID reads nothing. The kinds themselves are declared next to their records
 * (src/enrich/kinds.ts).
 */
export type Names = Record<string, string>;
const NamesShape = zod.record(zod.string(), zod.string());
const OneName = zod.object({ name: zod.string().nullable() });

export interface ListKind {
  kind: string;
  /** The location's names by id (the id prefixed where one list holds several kinds of id). */
  load: (ctx: Ctx, loc: string) => Promise<Names>;
}

export interface IdsKind {
  kind: string;
  /** The names of these ids (those HighLevel does not know are absent). */
  lookup: (ctx: Ctx, loc: string, ids: string[]) => Promise<Names>;
}

/** One output to fill: the name(s) at `name` for the id (or list of ids) at `id`. */
export interface NamePair {
  id: string;
  name: string;
  /** Prefix of the id in the kind's names (one list holding pipelines and stages). */
  prefix?: string;
}

/** Rows -> the same rows with their names (the step's Mapper tail). */
export type Enrich = (rows: Flat[], ctx: Ctx) => Promise<Flat[]>;

const idsIn = (v: Flat[string]): string[] =>
  typeof v === 'string' ? (v ? [v] : []) : Array.isArray(v) ? v.filter((s) => s !== '') : [];

async function listNames(ctx: Ctx, k: ListKind): Promise<Names> {
  const loc = locationId(ctx.bundle);
  const key = tenantKey(ctx.bundle, `names.${k.kind}`, loc);
  const cached = NamesShape.safeParse(await cacheGet(ctx.z, key));
  if (cached.success) return cached.data;
  const names = await k.load(ctx, loc);
  await cacheSet(ctx.z, key, names, limits.namesCacheSeconds);
  return names;
}

async function idNames(ctx: Ctx, k: IdsKind, ids: string[]): Promise<Names> {
  const loc = locationId(ctx.bundle);
  const keyOf = (id: string) => tenantKey(ctx.bundle, `names.${k.kind}`, loc, id);
  const names: Names = {};
  const missing: string[] = [];
  for (const id of ids) {
    const cached = OneName.safeParse(await cacheGet(ctx.z, keyOf(id)));
    if (!cached.success) missing.push(id);
    else if (cached.data.name !== null) names[id] = cached.data.name;
  }
  if (missing.length === 0) return names;
  const found = await k.lookup(ctx, loc, missing);
  for (const id of missing) {
    const name = found[id] ?? null;
    if (name !== null) names[id] = name;
    await cacheSet(ctx.z, keyOf(id), { name }, limits.namesCacheSeconds);
  }
  return names;
}

/**
 * Fills each pair's name output from its id output, reading the kind's names only if some row
 * has an id. A list of ids gives the list of the names known. `bestEffort` (after a write: the
 * record was already written, so a failed look-up must not fail the step and invite a re-run
 * that writes again) leaves the names empty when the look-up fails.
 */
export function resolver(k: ListKind | IdsKind, pairs: readonly NamePair[], o: { bestEffort?: boolean } = {}): Enrich {
  return async (rows, ctx) => {
    const wanted = [...new Set(rows.flatMap((r) => pairs.flatMap((p) => idsIn(r[p.id]).map((id) => `${p.prefix ?? ''}${id}`))))];
    let names: Names = {};
    if (wanted.length > 0) {
      try {
        names = 'load' in k ? await listNames(ctx, k) : await idNames(ctx, k, wanted.slice(0, limits.nameLookupsPerStep));
      } catch (err) {
        if (!o.bestEffort) throw err;
        ctx.z.console.log(`The ${k.kind} names could not be read (${err instanceof Error ? err.message : String(err)}); they are left empty.`);
      }
    }
    const nameOf = (p: NamePair, id: string) => names[`${p.prefix ?? ''}${id}`] ?? null;
    return rows.map((r) => {
      const out: Flat = { ...r };
      for (const p of pairs) {
        const v = r[p.id];
        out[p.name] = Array.isArray(v) ? v.flatMap((id) => nameOf(p, id) ?? []) : typeof v === 'string' && v ? nameOf(p, v) : Array.isArray(r[p.name]) ? [] : null;
      }
      return out;
    });
  };
}

/** Several enrichers in turn (each costs its own kind's request at most). */
export const chain =
  (...steps: Enrich[]): Enrich =>
  async (rows, ctx) => {
    let out = rows;
    for (const step of steps) out = await step(out, ctx);
    return out;
  };

/** A table's `outputs` (triggers, searches) with names added after its own mapping. */
export const enriched = <R, O extends object>(outputs: O & { output: Mapper<R> }, enrich: Enrich): O & { output: Mapper<R> } => ({
  ...outputs,
  output: async (rows: R[], ctx: Ctx) => enrich(await outputs.output(rows, ctx), ctx),
});

/** A write's `answer` with names added (use a best-effort enricher: the record was already written). */
export const enrichedAnswer =
  (answer: (body: unknown, ctx: Ctx) => Promise<Flat>, enrich: Enrich) =>
  async (body: unknown, ctx: Ctx): Promise<Flat> =>
    (await enrich([await answer(body, ctx)], ctx))[0] ?? {};

/** A record-table field filled by a resolver (empty until then). */
export const nameField = (label: string, sample: string | null): Field<string | null> => ({ label, type: t.text, from: [], derive: () => null, sample });
/** A record-table list field filled by a resolver (empty until then). */
export const namesField = (label: string, sample: string[]): Field<string[]> => ({ label, type: t.strings, from: [], derive: () => [], sample });

/* ------------------------------ calendars (appointment triggers) ------------------------------ */

const calendars: ListKind = {
  kind: 'calendar',
  load: async (ctx, loc) => {
    const list = calendarList(await callApi(ctx, calendarsEndpoint, { query: { locationId: loc } }));
    return Object.fromEntries(list.filter((c) => c.name).map((c) => [c.id, String(c.name)]));
  },
};

export const calendarNameField = { calendarName: nameField('Calendar Name', 'Dental Consultations') };
export const withCalendarNames = resolver(calendars, [{ id: 'calendarId', name: 'calendarName' }]);
