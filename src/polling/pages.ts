import { callApi, stepTimeLeftMs, type Ctx, type RequestParts } from '../client';
import { limits } from '../config';
import type { Endpoint } from '../endpoint';
import { parseDateTime } from '../fields';
import { pollClock } from './clock';

/** How a list endpoint pages: the request for the next page, or null when this page was the last. */
export interface Paging<B> {
  next: (body: B, current: RequestParts, page: { itemsSoFar: number; pageItems: number }) => RequestParts | null;
}

export interface ReadOptions<B, R> {
  paging?: Paging<B>;
  /** Stop once this many items are read. */
  limit: number;
  /** Most pages to request. */
  maxPages: number;
  /** After a page that may have a successor: read it only if this holds (e.g. the page is all recent). */
  more?: (page: R[]) => boolean;
}

/**
 * A later page starts only while a whole request (its full timeout) still fits in the step, so a
 * slow page can never push the poll past Zapier's 30 s.
 */
export const wholeRequestFits = (ctx: Ctx): boolean => stepTimeLeftMs(ctx.bundle) >= limits.requestTimeoutMs;

/** The readable text of an error (Zapier's errors carry `{ message, code, status }` as JSON in their message). */
function reason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') return parsed.message;
  } catch {
    /* plain text */
  }
  return text;
}

/**
 * Read pages until the poll has enough items, the endpoint has no more, `more` says stop, a cursor
 * repeats (HighLevel answers page one again when a cursor is dropped), the page bound is reached, or
 * a whole request no longer fits the step. The first page's failure fails the poll; a later page's
 * failure (an error, a timeout, a 429 past the wait budget) ends the reading: the poll returns what
 * it already has and says so in the step's log (Zapier dedupes, so the next poll reads the rest).
 */
export async function readPages<B, R>(ctx: Ctx, ep: Endpoint, first: RequestParts, records: (body: B) => R[], opts: ReadOptions<B, R>): Promise<R[]> {
  return (await readAllPages(ctx, ep, first, records, opts)).items;
}

/** What readPages read, and whether it was cut short (a failed page, the step's time, the page or item bound). */
export interface PagesRead<R> {
  items: R[];
  cut: boolean;
}

export async function readAllPages<B, R>(ctx: Ctx, ep: Endpoint, first: RequestParts, records: (body: B) => R[], opts: ReadOptions<B, R>): Promise<PagesRead<R>> {
  const out: R[] = [];
  const seen = new Set<string>();
  const what = `${ep.method} ${ep.path}`;
  let parts: RequestParts | null = first;
  for (let page = 0; parts; page++) {
    const key = JSON.stringify([parts.path ?? {}, parts.query ?? {}, parts.body ?? {}]);
    if (seen.has(key)) break;
    if (page >= opts.maxPages) return { items: out.slice(0, opts.limit), cut: true };
    if (page > 0 && !wholeRequestFits(ctx)) {
      ctx.z.console.log(`${what}: stopped after ${page} pages (${out.length} items): another page would not fit the step's time`);
      return { items: out, cut: true };
    }
    seen.add(key);
    let body: B;
    try {
      body = await callApi<B>(ctx, ep, parts);
    } catch (e) {
      if (page === 0) throw e;
      ctx.z.console.warn(`${what}: page ${page + 1} failed (${reason(e)}); returning the ${out.length} items already read`);
      return { items: out, cut: true };
    }
    const got = records(body) ?? [];
    out.push(...got);
    if (!opts.paging || got.length === 0) break;
    if (out.length >= opts.limit) return { items: out.slice(0, opts.limit), cut: true };
    if (opts.more && !opts.more(got)) break;
    parts = opts.paging.next(body, parts, { itemsSoFar: out.length, pageItems: got.length });
  }
  return { items: out.slice(0, opts.limit), cut: false };
}

/** Epoch ms of a HighLevel time value (ISO text or epoch); unknown values sort last. */
export function epochOf(v: unknown): number {
  if (v === null || v === undefined || v === '') return Number.NEGATIVE_INFINITY;
  const d = parseDateTime(v);
  return d ? d.getTime() : Number.NEGATIVE_INFINITY;
}

/** "The whole page is newer than `horizonMs` ago": the test for reading the next page of a newest-first list. */
export const allRecent =
  <R>(time: (r: R) => unknown, horizonMs: number) =>
  (page: R[]): boolean => {
    const since = pollClock.now() - horizonMs;
    return page.length > 0 && page.every((r) => epochOf(time(r)) >= since);
  };
