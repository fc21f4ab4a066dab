import { createHash } from 'node:crypto';
import type { Bundle, Create, PlainInputField, PlainOutputField, Search, Trigger, ZObject } from 'zapier-platform-core';
import { AGENCY_LOCATION_INPUT, callApi, isAgency, locationId, lookupApi, requireAgency, type Ctx, type RequestParts } from './client';
import { limits } from './config';
import { markAgencyOnly, markEitherToken, pathParams, type Endpoint } from './endpoint';
import { parseInputs, toInputFields, type InputOf, type Inputs } from './fields';
import { pollReadLimits } from './polling/limits';
import { allRecent, epochOf, readAllPages, readPages, type Paging } from './polling/pages';
import { setMark } from './polling/set-mark';
import { allAfter, readMark, writeMark } from './polling/watermark';

export { epochOf, type Paging } from './polling/pages';

/**
 * The operation shape. A module declares its endpoint, display, inputs, how inputs become the
 * request and how the response becomes flat output, plus a sample and labelled output fields;
 * these helpers turn that into a Zapier trigger, create or search with validation, the shared
 * client and the poll limits built in.
 */

const endpoints = new WeakMap<object, Endpoint>();
/** The endpoint an operation declared (for docs and conformance checks; not part of the Zapier definition). */
export const endpointOf = (op: object): Endpoint | undefined => endpoints.get(op);
const remember = <T extends object>(op: T, ep: Endpoint, connection?: 'agency' | 'either'): T => {
  endpoints.set(op, ep);
  if (connection === 'agency') markAgencyOnly(ep);
  if (connection === 'either') markEitherToken(ep);
  return op;
};

export type Scalar = string | number | boolean | null | undefined;
export type Flat = Record<string, Scalar | string[]>;

/** Maps response records to flat output; async so it can resolve names (custom fields). */
export type Mapper<R> = (records: R[], ctx: Ctx) => Flat[] | Promise<Flat[]>;
/** Lift a per-record mapper into a Mapper. */
export const each =
  <R>(fn: (record: R) => Flat): Mapper<R> =>
  (records) =>
    records.map(fn);

type DynamicFields = (z: ZObject, bundle: Bundle) => Promise<PlainInputField[]>;
type DynamicOutputFields = (z: ZObject, bundle: Bundle) => Promise<PlainOutputField[]>;

/** Extra inputs known only at run time (custom fields); validated and turned into body parts. */
export interface DynamicInputs {
  fields: DynamicFields;
}

interface Declaration<I extends Inputs> {
  key: string;
  noun: string;
  /** The catalog's label, in Zapier's title case (test/quality.test.ts has the display rules). */
  label: string;
  description: string;
  endpoint: Endpoint;
  inputs: I;
  /** Fields added at run time after the declared ones (e.g. the location's custom fields). */
  dynamicInputs?: DynamicInputs;
  sample: Flat;
  outputFields: PlainOutputField[];
  /** Labels for outputs only known at run time (custom fields by name). */
  dynamicOutputFields?: DynamicOutputFields;
  hidden?: boolean;
  /**
   * Which connection HighLevel serves this endpoint to (default: a location, which agency
   * connections reach through a location token and a Location dropdown). 'agency' operations
   * fail on a location connection with an error that says so, before any request; 'either'
   * operations run with whichever token the connection has.
   */
  connection?: 'agency' | 'either';
}

export interface OpCtx<I> extends Ctx {
  input: I;
}

type RequestBuilder<I> = (input: I, ctx: OpCtx<I>) => RequestParts | Promise<RequestParts>;

/** Path placeholders filled from inputs of the same name, so most modules need no request(). */
export function defaultPath<I>(ep: Endpoint, input: I): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const values = input as Record<string, unknown>;
  for (const name of pathParams(ep.path)) {
    const v = values[name];
    if (v !== undefined) out[name] = String(v);
  }
  return out;
}

async function build<I>(ep: Endpoint, input: I, ctx: OpCtx<I>, request?: RequestBuilder<I>): Promise<RequestParts> {
  const parts = request ? await request(input, ctx) : {};
  return { ...parts, path: { ...defaultPath(ep, input), ...(parts.path ?? {}) } };
}

/**
 * On an agency connection, operations that work on one location start with a Location dropdown
 * (the locations where the app is installed); on a sub-account connection it is not shown.
 */
export const agencyLocationField: DynamicFields = async (_z, bundle) =>
  isAgency(bundle)
    ? [
        {
          key: AGENCY_LOCATION_INPUT,
          label: 'Location',
          required: true,
          dynamic: 'locationDropdown.id.name',
          // The location's own fields (custom fields) load once it is picked.
          altersDynamicFields: true,
          helpText: 'The sub-account (location) this step works on. Your agency connection can reach every location where the app is installed.',
        },
      ]
    : [];

function inputFieldsOf<I extends Inputs>(d: Declaration<I>): (PlainInputField | DynamicFields)[] {
  const fields: (PlainInputField | DynamicFields)[] = [
    ...(d.connection ? [] : [agencyLocationField]),
    ...toInputFields(d.inputs),
  ];
  if (d.dynamicInputs) fields.push(d.dynamicInputs.fields);
  return fields;
}

function outputFieldsOf<I extends Inputs>(d: Declaration<I>): (PlainOutputField | DynamicOutputFields)[] {
  return d.dynamicOutputFields ? [...d.outputFields, d.dynamicOutputFields] : d.outputFields;
}

const display = <I extends Inputs>(d: Declaration<I>) => ({
  label: d.label,
  description: d.description,
  ...(d.hidden ? { hidden: true } : {}),
});

function context<I extends Inputs>(d: Declaration<I>, z: ZObject, bundle: Bundle): OpCtx<InputOf<I>> {
  if (d.connection === 'agency') requireAgency(bundle, d.label);
  else if (!d.connection && isAgency(bundle)) locationId(bundle); // an agency step must name its location, before any request
  const input = parseInputs(d.inputs, (bundle.inputData ?? {}) as Record<string, unknown>);
  return { z, bundle, input };
}

const isSample = (bundle: Bundle): boolean => Boolean(bundle.meta?.isLoadingSample);
/** How many items a poll may return: Zapier's cap, or a few when loading a sample. */
export const pollLimit = (bundle: Bundle): number => (isSample(bundle) ? limits.sampleItems : limits.maxPollItems);

/**
 * The Zapier object every define* helper returns: key, noun, display, input fields (the agency
 * Location dropdown first where it applies), a perform that validates inputs before `run`, the
 * sample and labelled outputs; `operation` adds or overrides fields (type, paging, samples).
 */
function assemble<T, I extends Inputs>(
  d: Declaration<I>,
  run: (ctx: OpCtx<InputOf<I>>) => Promise<unknown>,
  operation: Record<string, unknown> = {},
): T {
  return remember(
    {
      key: d.key,
      noun: d.noun,
      display: display(d),
      operation: {
        inputFields: inputFieldsOf(d),
        perform: async (z: ZObject, bundle: Bundle) => run(context(d, z, bundle)),
        sample: d.sample,
        outputFields: outputFieldsOf(d),
        ...operation,
      },
    },
    d.endpoint,
    d.connection,
  ) as T;
}

/* ----------------------------------------------------------------------------------------- */
/* Actions (creates)                                                                            */
/* ----------------------------------------------------------------------------------------- */

export interface ActionDeclaration<I extends Inputs, R> extends Declaration<I> {
  request?: RequestBuilder<InputOf<I>>;
  /** Response body -> one flat result. */
  output: (body: R, ctx: OpCtx<InputOf<I>>) => Flat | Promise<Flat>;
}

export function defineAction<I extends Inputs, R = unknown>(d: ActionDeclaration<I, R>): Create {
  return assemble<Create, I>(d, async (ctx) => {
    const body = await callApi<R>(ctx, d.endpoint, await build(d.endpoint, ctx.input, ctx, d.request));
    return d.output(body, ctx);
  });
}

/* ----------------------------------------------------------------------------------------- */
/* Searches                                                                                     */
/* ----------------------------------------------------------------------------------------- */

export interface SearchDeclaration<I extends Inputs, B, R> extends Declaration<I> {
  request?: RequestBuilder<InputOf<I>>;
  /** Records in the response body (a 404 from HighLevel already means none). */
  records: (body: B) => R[];
  output: Mapper<R>;
  /** Replaces the single request when the lookup needs more than one (see Find Contact). */
  perform?: (ctx: OpCtx<InputOf<I>>) => Promise<R[]>;
}

export function defineSearch<I extends Inputs, B = unknown, R = unknown>(d: SearchDeclaration<I, B, R>): Search {
  return assemble<Search, I>(d, async (ctx) => {
    let records: R[];
    if (d.perform) records = await d.perform(ctx);
    else {
      const body = await lookupApi<B>(ctx, d.endpoint, await build(d.endpoint, ctx.input, ctx, d.request));
      records = body === null ? [] : d.records(body);
    }
    return d.output(records, ctx);
  });
}

/* ----------------------------------------------------------------------------------------- */
/* Polling triggers                                                                             */
/* ----------------------------------------------------------------------------------------- */

export interface ListTriggerDeclaration<I extends Inputs, B, R> extends Declaration<I> {
  request?: RequestBuilder<InputOf<I>>;
  records: (body: B) => R[];
  output: Mapper<R>;
  paging?: Paging<B>;
  /** Dedupe id of an output item; defaults to its `id`. */
  dedupeId?: (item: Flat) => string;
  /** Dropdown triggers can page through `bundle.meta.page`. */
  canPaginate?: boolean;
  /**
   * For endpoints that cannot sort newest first: read every page (within the page and time
   * bounds), drop repeated records, sort them newest first by `time` and keep the poll's items.
   */
  newestFirstBy?: { time: (record: R) => unknown; id: (record: R) => string };
  /**
   * With newestFirstBy, for a set the endpoint can only page through (the task search): an idle
   * poll of a Zap is one probe request instead of a full read (src/polling/set-mark.ts).
   */
  probeSet?: boolean;
  /**
   * For endpoints sorted newest first by `time` (contacts, opportunities by change, messages): the
   * first page is what an idle poll costs; later pages are read while the whole page is recent
   * (src/polling/limits.ts), so a burst between two polls is returned in full, not only its newest 100.
   */
  recent?: { time: (record: R) => unknown };
}

/** Records without repeats (by id), newest first; Array.prototype.sort is stable, so undated ones keep their order, last. */
export function newestFirst<R>(records: R[], by: { time: (r: R) => unknown; id: (r: R) => string }): R[] {
  const seen = new Set<string>();
  return records
    .filter((r) => {
      const id = by.id(r);
      if (!id) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .map((r) => [r, epochOf(by.time(r))] as const)
    .sort((a, b) => (b[1] === a[1] ? 0 : b[1] > a[1] ? 1 : -1))
    .map(([r]) => r);
}

/** Fetch pages until the poll has `limit` items (see readPages for every other bound). */
export const fetchPages = <B, R>(ctx: Ctx, ep: Endpoint, first: RequestParts, records: (body: B) => R[], limit: number, paging?: Paging<B>): Promise<R[]> =>
  readPages(ctx, ep, first, records, { limit, paging, maxPages: limits.maxPages });

/**
 * The records of one poll. A sample is a few records: of the first page, or for a window the newest
 * few of the whole window. Windows (newestFirstBy)
 * are read whole and sorted; newest-first lists (recent) are read while their pages are recent;
 * both return every item found, up to pollReadLimits.maxItems (Zapier holds what is beyond its
 * 100 for the user). Other lists stop at one poll's worth.
 */
async function readList<I extends Inputs, B, R>(ctx: Ctx, d: ListTriggerDeclaration<I, B, R>, first: RequestParts): Promise<{ raws: R[]; done: () => Promise<void> }> {
  const nothing = async (): Promise<void> => undefined;
  const records = d.records;
  const sorted = (raws: R[]): R[] => (d.newestFirstBy ? newestFirst(raws, d.newestFirstBy) : raws);
  const bounds = { paging: d.paging, limit: pollReadLimits.maxItems, maxPages: pollReadLimits.maxPages };
  if (isSample(ctx.bundle)) {
    // A window's newest records may be on any page: read it (up to limits.maxPages pages, and no
    // further than a page that already fits in the sample), sort, then cut to the sample.
    const few = pollLimit(ctx.bundle);
    if (d.newestFirstBy) {
      const read = await readAllPages(ctx, d.endpoint, first, records, { ...bounds, maxPages: limits.maxPages, more: (page) => page.length > few });
      return { raws: sorted(read.items).slice(0, few), done: nothing };
    }
    // Otherwise the first page; a newest-first list's output may still filter it (inbound messages).
    return { raws: await fetchPages(ctx, d.endpoint, first, records, d.recent ? Number.POSITIVE_INFINITY : pollLimit(ctx.bundle)), done: nothing };
  }
  if (!d.newestFirstBy && !d.recent) return { raws: await fetchPages(ctx, d.endpoint, first, records, pollLimit(ctx.bundle), d.paging), done: nothing };
  const recent = d.recent;
  if (recent) {
    const isRecent = allRecent(recent.time, pollReadLimits.recentHorizonMs);
    const isUnseen = allAfter(await readMark(ctx, d.key), recent.time);
    const read = await readAllPages(ctx, d.endpoint, first, records, { ...bounds, more: (page) => isRecent(page) && isUnseen(page) });
    // The mark moves only once the poll's output is made, and not for a poll cut short, so the
    // next poll reads on past whatever this one could not deliver.
    return { raws: read.items, done: () => (read.cut ? nothing() : writeMark(ctx, d.key, read.items, recent.time)) };
  }
  const mark = d.probeSet && d.newestFirstBy ? await setMark(ctx, d.key, d.endpoint, first, records, d.newestFirstBy.id) : null;
  if (mark && (await mark.unchanged())) return { raws: [], done: nothing };
  const read = await readAllPages(ctx, d.endpoint, first, records, bounds);
  return { raws: sorted(read.items), done: () => (!mark || read.cut ? nothing() : mark.write(read.items)) };
}

export function defineListTrigger<I extends Inputs, B = unknown, R = unknown>(d: ListTriggerDeclaration<I, B, R>): Trigger {
  return assemble<Trigger, I>(
    d,
    async (ctx) => {
      const first = await build(d.endpoint, ctx.input, ctx, d.request);
      const { raws, done } = await readList(ctx, d, first);
      const items = await d.output(raws, ctx);
      await done();
      return d.dedupeId ? items.map((item) => ({ ...item, id: d.dedupeId!(item) })) : items;
    },
    { type: 'polling', ...(d.canPaginate ? { canPaginate: true } : {}) },
  );
}

/* ----------------------------------------------------------------------------------------- */
/* "Watch this record" triggers                                                                 */
/* ----------------------------------------------------------------------------------------- */

/**
 * A stable fingerprint of a record's content, for records the API gives no update time
 * (tasks, notes): the dedupe id changes exactly when the content does. Limitation: a record that
 * returns to a state it had before (a task re-opened, then completed again) gets an id Zapier has
 * already seen, so that return does not fire.
 */
export function fingerprint(record: unknown): string {
  const canonical = JSON.stringify(record, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
  return createHash('sha1').update(canonical).digest('hex').slice(0, 12);
}

/**
 * Dedupe id for triggers that fire again when a record changes: the record id plus its update
 * time (or a content fingerprint). Never the current time, which would turn Zapier's dedupe off.
 */
export const changeId = (recordId: string, version: string): string => `${recordId}:${version}`;

export interface RecordTriggerDeclaration<I extends Inputs, B, R> extends Declaration<I> {
  request?: RequestBuilder<InputOf<I>>;
  record: (body: B) => R | null | undefined;
  output: Mapper<R>;
  /** Output key (and its label) that keeps the record's own id; the `id` becomes the change id. */
  recordIdKey: string;
  recordIdLabel: string;
  /** The record's version: its update time where the API has one, else a content fingerprint. */
  version: (record: R) => string;
}

/** Fires when the record is first seen and again whenever it changes. */
export function defineRecordTrigger<I extends Inputs, B = unknown, R = unknown>(d: RecordTriggerDeclaration<I, B, R>): Trigger {
  return assemble<Trigger, I>(
    d,
    async (ctx) => {
      const body = await lookupApi<B>(ctx, d.endpoint, await build(d.endpoint, ctx.input, ctx, d.request));
      const record = body === null ? null : d.record(body);
      if (!record) return [];
      const [flat] = await d.output([record], ctx);
      if (!flat) return [];
      const recordId = String(flat.id ?? '');
      return [{ ...flat, [d.recordIdKey]: recordId, id: changeId(recordId, d.version(record)) }];
    },
    {
      type: 'polling',
      sample: {
        ...d.sample,
        [d.recordIdKey]: d.sample.id,
        id: changeId(String(d.sample.id), String(d.sample.dateUpdated ?? d.sample.updatedAt ?? d.sample.dateAdded ?? d.sample.createdAt ?? 'v1')),
      },
      outputFields: [
        { key: 'id', label: 'Change ID (record ID and version)' },
        { key: d.recordIdKey, label: d.recordIdLabel },
        ...outputFieldsOf(d).filter((o) => typeof o === 'function' || (o.key !== 'id' && o.key !== d.recordIdKey)),
      ],
    },
  );
}
