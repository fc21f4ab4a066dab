/**
 * What one write request changed, for the webhook emitter (webhooks.ts). The store's watched
 * collections are JournaledMaps: while a request runs inside `journal.run(...)`, the first touch of
 * a record (get, set or delete) keeps a copy of it as it was; after the answer, `changes()` compares
 * each copy with the record now. Routes may edit a record in place (`contact.tags = ...`) or replace
 * it: both show. Outside a journal (GET requests, seeding, tests writing to the store) nothing is
 * kept, and a watched map costs one AsyncLocalStorage lookup per call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** The collections whose changes HighLevel announces as webhook events. */
export const WATCHED = ['locations', 'contacts', 'tasks', 'notes', 'users', 'opportunities', 'appointments', 'messages', 'invoices', 'orders'] as const;
export type Watched = (typeof WATCHED)[number];

const ABSENT = Symbol('absent');

/** One record's change: `before` absent = created, `after` absent = deleted. */
export interface Change<T> {
  id: string;
  before?: T;
  after?: T;
}

const als = new AsyncLocalStorage<Journal>();

export class Journal {
  private readonly touched = new Map<Watched, Map<string, unknown>>();

  run<T>(fn: () => T): T {
    return als.run(this, fn);
  }

  /** Called by a watched map on its first touch of `id` in this journal. */
  note(collection: Watched, id: string, current: unknown, present: boolean): void {
    let seen = this.touched.get(collection);
    if (!seen) {
      seen = new Map();
      this.touched.set(collection, seen);
    }
    if (!seen.has(id)) seen.set(id, present ? structuredClone(current) : ABSENT);
  }

  /** The records of `map` that differ from their first-touch copy, in touch order. */
  changesOf<V>(map: JournaledMap<V>): Change<V>[] {
    const list: Change<V>[] = [];
    for (const [id, before] of this.touched.get(map.collection) ?? []) {
      const after = map.peek(id);
      // The copy was taken from this same map, so it holds a V.
      const was = before === ABSENT ? undefined : (before as V);
      if (was === undefined && after === undefined) continue;
      if (was !== undefined && after !== undefined && JSON.stringify(was) === JSON.stringify(after)) continue;
      list.push({ id, ...(was !== undefined ? { before: was } : {}), ...(after !== undefined ? { after: structuredClone(after) } : {}) });
    }
    return list;
  }
}

/** A Map that reports its first touch of each key to the running journal, if any. */
export class JournaledMap<V> extends Map<string, V> {
  constructor(readonly collection: Watched) {
    super();
  }

  private touch(key: string): void {
    const journal = als.getStore();
    if (journal) journal.note(this.collection, key, super.get(key), super.has(key));
  }

  /** The value without noting a touch (the journal's own read). */
  peek(key: string): V | undefined {
    return super.get(key);
  }

  override get(key: string): V | undefined {
    this.touch(key);
    return super.get(key);
  }

  override set(key: string, value: V): this {
    this.touch(key);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.touch(key);
    return super.delete(key);
  }
}
