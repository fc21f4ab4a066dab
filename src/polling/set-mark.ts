import { createHash } from 'node:crypto';
import { callApi, knownLocationId, type Ctx, type RequestParts } from '../client';
import type { Endpoint } from '../endpoint';
import { cacheGet, cacheSet, tenantKey } from '../scoped-cache';
import { pollClock } from './clock';

/**
 * The mark of a set that a poll must read whole because its endpoint cannot sort or filter by
 * date (the location task search, POST /locations/{locationId}/tasks/search: skip/limit, no sort,
 * no total), so an idle poll costs ONE request instead of one per 100 items.
 *
 * After a full read, the Zap remembers the set's size N and the id of its last item (index N-1),
 * kept in the connection-scoped cache under the Zap's id, the trigger, the location and the
 * filter (assignee). The next poll first asks `skip: N-1, limit: 2`. HighLevel answers such a
 * set in a stable order unrelated to time, so for an unchanged set the answer is exactly one item,
 * the remembered one. Anything else reads the whole set as before (and marks it again):
 * - an item added after index N-1: a second item;
 * - an item added before it: the remembered item moves to N, so the answer is two items;
 * - an item leaving the set (deleted, a task reopened for Task Completed, completed for New Task)
 *   before or at N-1: no item at N-1, or another one;
 * - a leave and an add both after N-1 cannot happen (nothing was there); a leave before N-1 with
 *   an add after it puts another item at N-1.
 * What a probe CANNOT see: between two polls, as many items leave the set as join it, all before
 *   index N-1 (e.g. one task deleted and another completed, both placed before the last one). The
 *   size and the last item are then the same. Such an addition fires with the next full read,
 *   which comes with the next change the probe does see, and in any case within `FULL_READ_MS`
 *   (one hour) of the last full read: that bound is the cost of one request per idle poll. The
 *   same holds for an item that joins the set during a full read at a place the read had passed
 *   while another leaves it (offset paging shifts); a read that saw an item twice is not marked.
 * Sets smaller than one page are read whole (that is one request already, and exact); polls
 * without a Zap id (a test in the Zap editor) and samples read whole and leave no mark.
 */

/** The longest a Zap goes without a full read of the set (bounds what a probe cannot see). */
export const FULL_READ_MS = 3_600_000;
/** A set of at least this many items is probed (smaller ones are read whole in one request). */
const PROBE_FROM = 100;
const TTL_SECONDS = 7 * 86_400;

interface Mark {
  /** The filter the set was read with (the first request's body without skip/limit), hashed. */
  filter: string;
  size: number;
  lastId: string;
  fullAt: number;
}

type Skip = { skip?: unknown; limit?: unknown };

const filterOf = (first: RequestParts): string => {
  const { skip: _skip, limit: _limit, ...rest } = (first.body ?? {}) as Skip & Record<string, unknown>;
  return createHash('sha256').update(JSON.stringify([first.path ?? {}, first.query ?? {}, rest])).digest('hex').slice(0, 16);
};

function keyOf(ctx: Ctx, trigger: string): string | null {
  const zapId = ctx.bundle.meta?.zap?.id;
  if (!zapId) return null;
  return tenantKey(ctx.bundle, 'setmark', knownLocationId(ctx.bundle) ?? '', String(zapId), trigger);
}

const isMark = (v: unknown): v is Mark =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Mark).filter === 'string' &&
  typeof (v as Mark).size === 'number' &&
  typeof (v as Mark).lastId === 'string' &&
  typeof (v as Mark).fullAt === 'number';

export interface SetMark<R> {
  /** True when one probe request shows the set unchanged since the last full read. */
  unchanged: () => Promise<boolean>;
  /** Remember a full read (not cut short) of the set. */
  write: (items: R[]) => Promise<void>;
}

/** The mark of this Zap's set, or null when there is no Zap id (read whole, mark nothing). */
export async function setMark<B, R>(ctx: Ctx, trigger: string, ep: Endpoint, first: RequestParts, records: (body: B) => R[], id: (r: R) => string): Promise<SetMark<R> | null> {
  const key = keyOf(ctx, trigger);
  if (!key) return null;
  const filter = filterOf(first);
  const stored = await cacheGet(ctx.z, key);
  const mark = isMark(stored) && stored.filter === filter ? stored : null;
  return {
    unchanged: async () => {
      if (!mark || mark.size < PROBE_FROM || pollClock.now() - mark.fullAt >= FULL_READ_MS) return false;
      const probe: RequestParts = { ...first, body: { ...(first.body as Record<string, unknown>), skip: mark.size - 1, limit: 2 } };
      const got = records(await callApi<B>(ctx, ep, probe)) ?? [];
      return got.length === 1 && id(got[0]!) === mark.lastId;
    },
    write: async (items) => {
      const ids = items.map(id);
      // An item read twice means the set moved under the offset paging: an item may have been
      // skipped too, so the next poll reads the whole set again rather than trust this one.
      if (new Set(ids).size !== ids.length) return;
      const next: Mark = { filter, size: ids.length, lastId: ids[ids.length - 1] ?? '', fullAt: pollClock.now() };
      await cacheSet(ctx.z, key, next, TTL_SECONDS);
    },
  };
}
