import { callApi, locationId, type Ctx } from './client';
import type { Endpoint } from './endpoint';

/**
 * Lookups by name where HighLevel has no search, only a short unpaged list of the location
 * (custom values, tags): read the list, keep the records whose name matches, ignoring case and
 * surrounding spaces.
 */
export async function findByName<R extends { name: string | null }>(ctx: Ctx, ep: Endpoint, list: (body: unknown) => R[], name: string): Promise<R[]> {
  const wanted = name.trim().toLowerCase();
  const rows = list(await callApi(ctx, ep, { path: { locationId: locationId(ctx.bundle) } }));
  return rows.filter((r) => (r.name ?? '').trim().toLowerCase() === wanted);
}
