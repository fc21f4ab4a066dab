import { dateRange } from '../date-range';
import { clone, intParam, notFound, req } from '../http';

/**
 * What the routes of a location's `altId` records (invoices.json: estimates, recurring invoices)
 * share: the `altId` + `altType=location` rules, the lookup of one record of the path (404 with
 * the kind's message), its save (a new `updatedAt`), and the list: one page, oldest first as
 * created (the specs have no sort), filtered by a `startAt`..`endAt` window and a search.
 */

export const ALT = { altId: req.string(), altType: req.string({ enum: ['location'] as const }) };

interface AltRecord {
  _id: string;
  altId: string;
  createdAt: string;
  updatedAt: string;
}

/** Oldest first by creation, then by id. */
export const byCreated = (a: { createdAt: string; _id: string }, b: { createdAt: string; _id: string }) =>
  a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id);

/** The query fields every such list reads. */
interface AltListQuery {
  altId: string;
  startAt?: string;
  endAt?: string;
  search?: string;
  limit: string;
  offset: string;
}

/** One list's own parts. */
export interface AltList<T> {
  /** The ISO time the `startAt`..`endAt` window tests. */
  dateOf(record: T): string;
  /** The texts `search` matches part of (case-insensitive). */
  searched(record: T): unknown[];
  /** The list's other filters (status, contact, payment mode). */
  keep(record: T): boolean;
}

export function altRecords<T extends AltRecord>(records: Map<string, T>, notFoundMessage: string, now: () => string, gone: (record: T) => boolean = () => false) {
  return {
    /** The record of the path, after the location check: 404 when missing, of another location or `gone`. */
    find(id: string, altId: string, ownLocation: (locationId: string) => void): T {
      ownLocation(altId);
      const r = records.get(id);
      if (!r || r.altId !== altId || gone(r)) throw notFound(notFoundMessage);
      return r;
    },
    /** Stores the record with a new `updatedAt`; answers a copy. */
    save(record: T): T {
      const next = { ...record, updatedAt: now() };
      records.set(next._id, next);
      return clone(next);
    },
    /**
     * One page (copies) and the total: `limit` (default 10) and `offset` are read first, then the
     * window (a bad value of either is HighLevel's 422).
     */
    list(query: AltListQuery, of: AltList<T>): { page: T[]; total: number } {
      const limit = intParam(query.limit, 10, 'limit');
      const offset = intParam(query.offset, 0, 'offset');
      const inWindow = dateRange({ start: ['startAt', query.startAt], end: ['endAt', query.endAt] });
      const q = query.search?.trim().toLowerCase();
      const all = [...records.values()]
        .filter((r) => r.altId === query.altId && of.keep(r) && inWindow(of.dateOf(r)))
        .filter((r) => !q || of.searched(r).some((v) => typeof v === 'string' && v.toLowerCase().includes(q)))
        .sort(byCreated);
      return { page: all.slice(offset, offset + limit).map(clone), total: all.length };
    },
  };
}
