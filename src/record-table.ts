import type { PlainOutputField } from 'zapier-platform-core';
import type { Ctx } from './client';
import { definitionsFor, namedValues, type CustomFieldValue, type Model } from './custom-fields';
import { parseDateTime } from './fields';
import type { Flat, Mapper, Scalar } from './operation';
import { unexpectedResponse } from './schemas';

/**
 * Record tables: each record type is ONE table of fields (output key -> label, where the value
 * comes from in HighLevel's answer, its type and coercion, its sample). From that table come the
 * response parser, the flat output, the labelled output fields and the sample.
 *
 * Parsing is lenient, the way HighLevel really answers (FACTS.md): only the record's id and the
 * list envelope are required. A field of an unexpected type (a date as an object, text where a
 * number belongs) becomes an empty output and one z.console line naming it, never a failed step.
 */

/** What a coercion makes of one present (non-null) value: the output, or why it is left empty. */
export type Read<T> = { value: T } | { wrong: string };

export interface Coercion<T extends Scalar | string[]> {
  /** Zapier's output field type (plain text has none). */
  zapierType?: PlainOutputField['type'];
  list?: boolean;
  /** The output when HighLevel sends nothing (or null). */
  empty: T;
  read: (v: unknown) => Read<T>;
}

export const kindOf = (v: unknown): string =>
  Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
export const wrong = (v: unknown): { wrong: string } => ({ wrong: kindOf(v) });

/** Text of a scalar (numbers and booleans written out), or null for anything else. */
export const scalarText = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'boolean' ? String(v) : null;

const ymd = (d: Date): string => d.toISOString().slice(0, 10);

/** The coercions a field can have. */
export const t = {
  /** Text; numbers and booleans are written as text. */
  text: { empty: null, read: (v) => { const s = scalarText(v); return s === null ? wrong(v) : { value: s }; } } satisfies Coercion<string | null>,
  /** Text HighLevel sometimes types loosely (a status as an object): objects are kept as JSON text. */
  looseText: {
    empty: null,
    read: (v) => ({ value: v === '' ? null : (scalarText(v) ?? JSON.stringify(v)) }),
  } satisfies Coercion<string | null>,
  /** Text where an empty string counts as none (so the next source is tried). */
  nonEmptyText: { empty: null, read: (v) => { const s = scalarText(v); return s === null ? wrong(v) : { value: s || null }; } } satisfies Coercion<string | null>,
  /** A number; numeric text is read as a number. */
  number: {
    zapierType: 'number',
    empty: null,
    read: (v) => {
      if (typeof v === 'string' && !v.trim()) return { value: null };
      const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
      return Number.isFinite(n) ? { value: n } : wrong(v);
    },
  } satisfies Coercion<number | null>,
  /** A whole number (Zapier's integer type); read as `number`. */
  get integer(): Coercion<number | null> {
    return { ...this.number, zapierType: 'integer' };
  },
  /** Yes/no; "true"/"false" text is read as such. */
  boolean: {
    zapierType: 'boolean',
    empty: null,
    read: (v) => (typeof v === 'boolean' ? { value: v } : v === 'true' || v === 'false' ? { value: v === 'true' } : v === '' ? { value: null } : wrong(v)),
  } satisfies Coercion<boolean | null>,
  /**
   * A date and time: ISO text is kept as HighLevel wrote it; epoch milliseconds or seconds
   * (numbers or digit strings) become ISO text.
   */
  datetime: {
    zapierType: 'datetime',
    empty: null,
    read: (v) => {
      if (typeof v === 'string') {
        if (!v.trim()) return { value: null };
        const epoch = /^\d{10}$|^\d{13}$/.test(v.trim()) ? parseDateTime(v) : null;
        return { value: epoch ? epoch.toISOString() : v };
      }
      const d = typeof v === 'number' && Number.isFinite(v) ? parseDateTime(v) : null;
      return d ? { value: d.toISOString() } : wrong(v);
    },
  } satisfies Coercion<string | null>,
  /** A calendar date, output as YYYY-MM-DD (from a date, an ISO date-time or epoch ms / s). */
  date: {
    empty: null,
    read: (v) => {
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v.trim())) return { value: v.trim().slice(0, 10) };
      const d = typeof v === 'number' || typeof v === 'string' ? parseDateTime(v) : null;
      if (d) return { value: ymd(d) };
      return typeof v === 'string' ? { value: v } : wrong(v);
    },
  } satisfies Coercion<string | null>,
  /** A list of texts (a single text is a list of one); items that are not text are dropped. */
  strings: {
    list: true,
    empty: [],
    read: (v) => {
      if (typeof v === 'string') return { value: v ? [v] : [] };
      if (!Array.isArray(v)) return wrong(v);
      return { value: v.map(scalarText).filter((s): s is string => s !== null) };
    },
  } satisfies Coercion<string[]>,
  /** A list of records -> the text of one key of each (`[{ userId }]` -> user ids); text items are kept. */
  pluck: (key: string): Coercion<string[]> => ({
    list: true,
    empty: [],
    read: (v) =>
      Array.isArray(v)
        ? { value: v.map((x) => (isRecord(x) ? scalarText(x[key]) : scalarText(x))).filter((s): s is string => s !== null) }
        : wrong(v),
  }),
};

/** A value read with a coercion, or its empty value (for derived fields, which log nothing). */
export function readAs<T extends Scalar | string[]>(c: Coercion<T>, v: unknown): T {
  if (v === undefined || v === null) return c.empty;
  const r = c.read(v);
  return 'value' in r ? r.value : c.empty;
}

/** One output field: its label, where it comes from, its type, its sample. */
export interface Field<T extends Scalar | string[]> {
  label: string;
  type: Coercion<T>;
  /**
   * Where the value is in HighLevel's answer: a key or a dotted path, or alternatives tried in
   * order (the first present one wins). Defaults to the output key; `[]` for derived fields.
   */
  from?: string | readonly string[];
  /** Computes the value when the sources give none: from the other outputs, or HighLevel's record itself. */
  derive?: (out: Readonly<Flat>, raw: Readonly<Record<string, unknown>>) => T;
  sample: T;
  /** Listed first among the output fields (Zapier's output field schema has no such flag). */
  important?: boolean;
  /** Part of Zapier's dedupe key. */
  primary?: boolean;
}

type Valued<F> = F extends { type: Coercion<infer T> } ? T : never;
/** A table: output keys -> fields; `id` is required. */
export type Fields = Record<string, Field<Scalar | string[]>>;
/** The flat output a table gives, typed field by field. */
export type Values<F> = { [K in keyof F]: Valued<F[K]> };
/** The flat output of a record table: its values, with the id always there. */
export type Output<F> = Values<F> & { id: string };

export interface TableOptions {
  /** The record's name in messages ("contact"). */
  name: string;
  /**
   * For records the spec gives no id (calendar resources, notifications): the id to use when the
   * answer has none, instead of failing. `hadId` tells such rows apart.
   */
  missingId?: (raw: Record<string, unknown>) => string;
  /** Custom field values (`customFields: [{ id, value }]`) output by name, as `custom_<key>`. */
  customFields?: { model: Model; sample: Flat };
}

interface Meta {
  hadId: boolean;
  problems: string[];
  customFields: CustomFieldValue[];
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(raw: Record<string, unknown>, path: string): unknown {
  let v: unknown = raw;
  for (const part of path.split('.')) {
    if (!isRecord(v)) return undefined;
    v = v[part];
  }
  return v;
}

const customValues = (v: unknown): CustomFieldValue[] =>
  Array.isArray(v) ? v.filter((c): c is CustomFieldValue => isRecord(c) && typeof c.id === 'string') : [];

type AnyField = Field<Scalar | string[]>;

/** The shared core of both kinds of table: reading the fields, their labels, their sample. */
function columns<F extends Fields>(fields: F, name: string) {
  const entries = Object.entries(fields) as [string, AnyField][];
  const sources = (key: string, f: AnyField): readonly string[] =>
    f.from === undefined ? [key] : typeof f.from === 'string' ? [f.from] : f.from;
  const sourced = entries.filter(([key, f]) => sources(key, f).length > 0);

  /** The flat values of one record, and a line for every field left empty because of its type. */
  const read = (raw: Record<string, unknown>, id: string | null): { out: Flat; problems: string[] } => {
    const out: Flat = {};
    const problems: string[] = [];
    for (const [key, f] of sourced) {
      out[key] = f.type.empty;
      for (const path of sources(key, f)) {
        const v = at(raw, path);
        if (v === undefined || v === null) continue;
        const r = f.type.read(v);
        if ('value' in r) {
          out[key] = r.value;
          break;
        }
        problems.push(`HighLevel sent ${name}${id ? ` ${id}` : ''} with "${path}" (${f.label}) as ${r.wrong}; the output "${key}" is left empty.`);
      }
    }
    for (const [key, f] of entries) {
      if (f.derive && (out[key] === undefined || out[key] === null)) out[key] = f.derive(out, raw);
    }
    return { out, problems };
  };

  /** One field's value from its first present source, read quietly (the record's id, for messages). */
  const quiet = (raw: Record<string, unknown>, key: string): Scalar | string[] => {
    const f = fields[key];
    if (!f) return null;
    for (const path of sources(key, f)) {
      const v = readAs(f.type, at(raw, path));
      if (v !== null && !(Array.isArray(v) && v.length === 0)) return v;
    }
    return f.type.empty;
  };

  const ordered = [...entries.filter(([, f]) => f.important), ...entries.filter(([, f]) => !f.important)];
  const outputFields: PlainOutputField[] = ordered.map(([key, f]) => ({
    key,
    label: f.label,
    ...(f.type.zapierType ? { type: f.type.zapierType } : {}),
    ...(f.type.list ? { list: true } : {}),
    ...(f.primary ? { primary: true } : {}),
  }));
  const sample: Flat = Object.fromEntries(entries.map(([key, f]) => [key, f.sample]));
  /** Every output as it is when HighLevel sends nothing for it. */
  const empty: Flat = Object.fromEntries(entries.map(([key, f]) => [key, f.type.empty]));
  return { read, quiet, outputFields, sample, empty };
}

export interface RecordTable<F extends Fields> {
  readonly name: string;
  readonly fields: F;
  readonly outputFields: PlainOutputField[];
  readonly sample: Flat;
  /** Every output as it is when HighLevel sends nothing for it. */
  readonly empty: Flat;
  /** One record from HighLevel (`where` names its place in the answer, for the error when it has no id). */
  parse: (raw: unknown, where: string, what: string) => Output<F>;
  /** `{ [key]: [...] }` list answers (`key` '' for a bare list); a missing list counts as empty. */
  list: (key: string, what?: string) => (body: unknown) => Output<F>[];
  /**
   * `{ [key]: {...} }` single-record answers (`key` '' for a bare record); with `bare`, the record
   * itself is accepted too (it is the one when the body has an id).
   */
  one: (key: string, what?: string, o?: { bare?: boolean }) => (body: unknown) => Output<F>;
  /** Records -> flat outputs: logs each field left empty, names the custom fields. */
  output: Mapper<Output<F>>;
  /** The answer of a write holding one record (`key` '' for a bare record) -> its flat output. */
  answer: (key: string, what?: string, o?: { bare?: boolean }) => (body: unknown, ctx: Ctx) => Promise<Flat>;
  /** Whether HighLevel's record carried its id (false: `missingId` made it). */
  hadId: (row: Output<F>) => boolean;
  /** What an operation outputting these records declares, to spread into it. */
  outputs: { output: Mapper<Output<F>>; sample: Flat; outputFields: PlainOutputField[] };
  /** Its sample and labelled outputs alone (for actions, whose output is `answer`). */
  shape: { sample: Flat; outputFields: PlainOutputField[] };
}

type Table<F> = F & { [K in keyof F]: Field<Valued<F[K]>> };

export function defineRecord<F extends Fields & { id: Field<string | null> }>(fields: Table<F>, options: TableOptions): RecordTable<F> {
  const { read, quiet, outputFields, sample, empty } = columns(fields, options.name);
  const meta = new WeakMap<object, Meta>();

  const parse = (raw: unknown, where: string, what: string): Output<F> => {
    if (raw === undefined || raw === null) throw unexpectedResponse(what, where, `no ${options.name} in the answer`);
    if (!isRecord(raw)) throw unexpectedResponse(what, where, `expected a ${options.name}, got ${kindOf(raw)}`);
    const found = quiet(raw, 'id');
    const given = typeof found === 'string' && found ? found : null;
    const { out, problems } = read(raw, given);
    const id = given ?? options.missingId?.(raw);
    if (!id) throw unexpectedResponse(what, `${where ? `${where}.` : ''}id`, `the ${options.name} has no id`);
    out.id = id;
    // Every key of the table was just filled by its field's coercion (and the id checked): the
    // one place the flat values take the table's inferred type.
    const row = out as Output<F>;
    meta.set(row, { hadId: given !== null, problems, customFields: options.customFields ? customValues(raw.customFields) : [] });
    return row;
  };

  const list = (key: string, what = `the ${options.name} list`) => (body: unknown): Output<F>[] => {
    if (key && !isRecord(body)) throw unexpectedResponse(what, '', `expected an object, got ${kindOf(body)}`);
    const items = key && isRecord(body) ? body[key] : body;
    if (items === undefined || items === null) return [];
    if (!Array.isArray(items)) throw unexpectedResponse(what, key, `expected a list, got ${kindOf(items)}`);
    return items.map((item, i) => parse(item, key ? `${key}.${i}` : String(i), what));
  };

  const one = (key: string, what = `the ${options.name} request`, o: { bare?: boolean } = {}) => (body: unknown): Output<F> => {
    if (!key || (o.bare && isRecord(body) && (!isRecord(body[key]) || 'id' in body))) return parse(body, '', what);
    return parse(isRecord(body) ? body[key] : undefined, key, what);
  };

  const output: Mapper<Output<F>> = async (rows, ctx: Ctx) => {
    for (const row of rows) for (const line of meta.get(row)?.problems ?? []) ctx.z.console.log(line);
    if (!options.customFields) return rows.map((r) => ({ ...r }));
    const values = rows.map((r) => meta.get(r)?.customFields ?? []);
    const defs = await definitionsFor(ctx, options.customFields.model, values.map((customFields) => ({ customFields })));
    return rows.map((r, i) => ({ ...r, ...namedValues(values[i], defs) }));
  };

  const answer = (key: string, what?: string, o?: { bare?: boolean }) => {
    const read = one(key, what, o);
    return async (body: unknown, ctx: Ctx): Promise<Flat> => (await output([read(body)], ctx))[0] ?? {};
  };

  const fullSample: Flat = { ...sample, ...(options.customFields?.sample ?? {}) };
  const hadId = (row: Output<F>): boolean => meta.get(row)?.hadId ?? true;
  return { name: options.name, fields, outputFields, sample: fullSample, empty, parse, list, one, output, answer, hadId, outputs: { output, sample: fullSample, outputFields }, shape: { sample: fullSample, outputFields } };
}

export interface ResultTable<F extends Fields> {
  readonly fields: F;
  readonly outputFields: PlainOutputField[];
  readonly sample: Flat;
  /** The answer of a write (an object; nothing in it is required): its flat output, each field left empty logged. */
  output: (body: unknown, ctx: Ctx) => Values<F>;
}

/**
 * A table for answers that are not records (results of writes: tag changes, bulk updates): no id
 * is required; an empty body (HighLevel's 2xx without content) reads as every field empty.
 */
export function defineResult<F extends Fields>(fields: Table<F>, options: { name: string; what: string }): ResultTable<F> {
  const { read, outputFields, sample } = columns(fields, options.name);
  const output = (body: unknown, ctx: Ctx): Values<F> => {
    if (body !== undefined && body !== null && body !== '' && !isRecord(body)) {
      throw unexpectedResponse(options.what, '', `expected an object, got ${kindOf(body)}`);
    }
    const { out, problems } = read(isRecord(body) ? body : {}, null);
    for (const line of problems) ctx.z.console.log(line);
    return out as Values<F>; // filled key by key from the table, as in defineRecord
  };
  return { fields, outputFields, sample, output };
}
