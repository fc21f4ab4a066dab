import type { Ctx } from '../client';
import { knownLocationId } from '../client';
import { epochOf } from './pages';

/**
 * What a Zap's last poll of a newest-first list had already read: the time of its newest item,
 * kept in z.cache under the Zap's id (unique across Zapier, so no connection or tenant can read
 * another's) and the trigger and location. With it, the poll after a burst stops at the first
 * page whose items were all there last time, so an idle poll is one request even in the hour after
 * an import; without it (no Zap id, e.g. a test run in the editor, or an evicted entry) the recent
 * horizon alone bounds the reading (./limits.ts).
 */
const TTL_SECONDS = 7 * 86_400;

function keyOf(ctx: Ctx, trigger: string): string | null {
  const zapId = ctx.bundle.meta?.zap?.id;
  if (!zapId) return null;
  return `pollmark:${zapId}:${trigger}:${knownLocationId(ctx.bundle) ?? ''}`;
}

export async function readMark(ctx: Ctx, trigger: string): Promise<number | null> {
  const key = keyOf(ctx, trigger);
  if (!key) return null;
  try {
    const v: unknown = await ctx.z.cache.get(key);
    return typeof v === 'number' ? v : null;
  } catch {
    return null;
  }
}

export async function writeMark<R>(ctx: Ctx, trigger: string, items: R[], time: (r: R) => unknown): Promise<void> {
  const key = keyOf(ctx, trigger);
  if (!key || items.length === 0) return;
  const newest = Math.max(...items.map((r) => epochOf(time(r))));
  if (!Number.isFinite(newest)) return;
  try {
    await ctx.z.cache.set(key, newest, TTL_SECONDS);
  } catch {
    /* no cache here: the horizon alone bounds the next poll */
  }
}

/**
 * "Every item of the page is newer than what the last poll read": worth reading the next page.
 * The first page is always read, so an item HighLevel's search index shows late (seconds after
 * its write, with an older time than the mark) is still returned while fewer than a page of newer
 * items arrived meanwhile.
 */
export const allAfter =
  <R>(mark: number | null, time: (r: R) => unknown) =>
  (page: R[]): boolean =>
    mark === null || page.every((r) => epochOf(time(r)) > mark);
