import { z as zod } from 'zod';
import { callApi, locationId, type Ctx } from '../client';
import { limits } from '../config';
import type { Flat } from '../operation';
import { t } from '../record-table';
import { calendarList, calendarsEndpoint } from '../records/calendar';
import { cacheGet, cacheSet, tenantKey } from '../scoped-cache';

/**
 * Names next to IDs a user would rather read. One resolver per kind: its list is read with ONE
 * request per step at most (none while the connection-scoped cache holds it, for
 * `limits.namesCacheSeconds`), keyed by company + location + kind.
 */
const Names = zod.record(zod.string(), zod.string());
type Names = zod.infer<typeof Names>;

interface NameKind {
  kind: string;
  load: (ctx: Ctx, loc: string) => Promise<Names>;
}

async function namesOf(ctx: Ctx, k: NameKind): Promise<Names> {
  const loc = locationId(ctx.bundle);
  const key = tenantKey(ctx.bundle, `names.${k.kind}`, loc);
  const cached = Names.safeParse(await cacheGet(ctx.z, key));
  if (cached.success) return cached.data;
  const names = await k.load(ctx, loc);
  await cacheSet(ctx.z, key, names, limits.namesCacheSeconds);
  return names;
}

/** Sets `nameKey` from `idKey` on each row, reading the kind's list only if some row has an ID. */
const resolver = (k: NameKind, idKey: string, nameKey: string) => async (rows: Flat[], ctx: Ctx): Promise<Flat[]> => {
  const names = rows.some((r) => typeof r[idKey] === 'string' && r[idKey]) ? await namesOf(ctx, k) : {};
  return rows.map((r) => ({ ...r, [nameKey]: (typeof r[idKey] === 'string' && names[r[idKey]]) || null }));
};

const calendars: NameKind = {
  kind: 'calendar',
  load: async (ctx, loc) => {
    const list = calendarList(await callApi(ctx, calendarsEndpoint, { query: { locationId: loc } }));
    return Object.fromEntries(list.filter((c) => c.name).map((c) => [c.id, String(c.name)]));
  },
};

export const calendarNameField = { calendarName: { label: 'Calendar Name', type: t.text, from: [], derive: () => null, sample: 'Dental Consultations' } };
export const withCalendarNames = resolver(calendars, 'calendarId', 'calendarName');
