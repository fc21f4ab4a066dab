import { z } from 'zod';
import type { Bundle } from 'zapier-platform-core';
import { clock } from '../clock';
import { locationId, type Ctx, type RequestParts } from '../client';
import { pollLimit, type Flat, type Mapper, type Paging } from '../operation';

/**
 * Polling endpoints that cannot sort newest first (form and survey submissions, orders,
 * transactions, subscriptions, location tasks). Their polls read a bounded set, the whole of it,
 * and sort it here:
 * - a date window (`startAt`/`endAt`, YYYY-MM-DD as the specs document) from two days before
 *   today (UTC) to tomorrow, so "today" in every time zone is inside and a Zap paused for a day
 *   still catches up, while one poll stays far below Zapier's 30 s;
 * - every page of it (each page is one "record" of the shared pager, which then pages until the
 *   set is read or `limits.maxPages` pages, instead of stopping at the first 100 items in
 *   whatever order HighLevel returns them); an idle poll is one request while the set fits a page;
 * - newest first by the record's time, duplicates (offset paging while items arrive) removed,
 *   and at most one poll's worth (100, or a few while the Zap editor loads a sample).
 */

/** The clock the windows are measured from: the app's one clock (tests fix it so the dates sent are exact). */
export const windowClock = clock;

const DAY_MS = 86_400_000;
/** Whole days before today (UTC) that a window starts. */
export const WINDOW_DAYS_BACK = 2;
/** Largest page the list endpoints accept (forms/surveys submissions: "maximum up to 100"). */
export const MAX_PAGE = 100;

const ymd = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The window as the specs want it: `{ startAt, endAt }` in YYYY-MM-DD. */
export function dateWindow(): { startAt: string; endAt: string } {
  const now = windowClock.now();
  return { startAt: ymd(now - WINDOW_DAYS_BACK * DAY_MS), endAt: ymd(now + DAY_MS) };
}

/** Items per request: a full page, or a few while the Zap editor loads a sample. */
export const pageSize = (bundle: Bundle): number => Math.min(pollLimit(bundle), MAX_PAGE);

/** A page was full (so another may follow) and was not a sample's short page. */
export const mayHaveMore = (count: number, size: number): boolean => size >= MAX_PAGE && count >= size;

/** The record id HighLevel gives as `_id` (payments, invoices, tasks search) or `id`. */
export const idOf = (r: { _id?: string | null; id?: string | null }): string => String(r._id ?? r.id ?? '');

export interface WindowDeclaration<T> {
  /** The items of one response body (parsed with its zod shape). */
  items: (body: unknown) => T[];
  /** The next page's request, given the current one and how many items this page had; null when done. */
  next: (body: unknown, current: RequestParts, count: number) => RequestParts | null;
  /** The time "newest" means for this trigger (created, updated...). */
  time: (item: T) => unknown;
  /** Flat output of the kept items, newest first. */
  flatten: (items: T[], ctx: Ctx) => Flat[] | Promise<Flat[]>;
}

/** `records`, `paging`, `newestFirstBy` and `output` of a trigger that reads a whole window, to spread into it. */
export function windowOutputs<T extends { _id?: string | null; id?: string | null }>(
  d: WindowDeclaration<T>,
): { records: (body: unknown) => T[]; paging: Paging<unknown>; newestFirstBy: { time: (r: T) => unknown; id: (r: T) => string }; output: Mapper<T> } {
  return {
    records: d.items,
    paging: { next: (body, current, { pageItems }) => d.next(body, current, pageItems) },
    newestFirstBy: { time: d.time, id: idOf },
    output: (items, ctx) => d.flatten(items, ctx),
  };
}

/** Invoices and payments address the connected location as `altId` + `altType=location`. */
export const altLocation = (bundle: Bundle) => ({ altId: locationId(bundle), altType: 'location' });

/** First request of a payments list poll: the location, the date window, the first page. */
export const paymentsWindowRequest = (_input: unknown, { bundle }: { bundle: Bundle }): RequestParts => ({
  query: { ...altLocation(bundle), ...dateWindow(), limit: pageSize(bundle), offset: 0 },
});

const Total = z.object({ totalCount: z.number().nullish() });

/**
 * Offset paging (`limit`/`offset` in the query) of the payments lists: the next page while the
 * page was full and `totalCount` says more remain.
 */
export function offsetNext(body: unknown, current: RequestParts, count: number): RequestParts | null {
  const limit = Number(current.query?.limit);
  if (!mayHaveMore(count, limit)) return null;
  const offset = (Number(current.query?.offset) || 0) + count;
  const total = Total.safeParse(body).data?.totalCount;
  if (typeof total === 'number' && offset >= total) return null;
  return { ...current, query: { ...current.query, offset } };
}

/** An amount HighLevel sends as a number (sometimes as numeric text, per the spec's examples). */
export const money = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined || v === '') return null;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : null;
  });

/** A text field HighLevel sometimes types loosely (status as an object, numbers as text). */
export const text = z.unknown().transform((v): string | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
});
