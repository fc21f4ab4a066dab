import { z, type ZodType } from 'zod';
import type { PlainInputField } from 'zapier-platform-core';
import { invalidInput } from './errors';
import { unsafePathValueReason } from './path-safety';

/**
 * Input fields are declared once: the Zapier field (what the user sees) and the zod schema
 * (what the step accepts) come from the same builder, so they cannot drift. Operations
 * declare `inputs: { key: f.text({...}), ... }`; the object key becomes the field key and the
 * parsed input is typed from the schemas.
 */
export interface FieldSpec<T> {
  field: Omit<PlainInputField, 'key'>;
  schema: ZodType<T>;
}

export type Base = { label: string; helpText: string; placeholder?: string; default?: string; altersDynamicFields?: boolean };
type Req = Base & { required: true };
type Opt = Base & { required?: false };

/** Zapier sends '' for a cleared field and may send numbers or booleans as text. */
const blankToUndefined = (v: unknown): unknown => {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? undefined : t;
  }
  return v;
};

export const REQUIRED = 'is required';
const msg = (expected: string) => (iss: { input: unknown }) => (iss.input === undefined ? REQUIRED : expected);

/**
 * Build a field kind: the Zapier field metadata plus a zod schema that sees '' as missing.
 * Exported so a category can add its own kinds (e.g. time ranges) in its own module.
 */
export function spec<T>(opts: Base & { required?: boolean }, field: Partial<PlainInputField>, inner: ZodType<T> | (() => ZodType<T>)): FieldSpec<T> {
  const make = (): ZodType<T> => {
    const base = typeof inner === 'function' ? inner() : inner;
    return (opts.required ? z.preprocess(blankToUndefined, base) : z.preprocess(blankToUndefined, base.optional())) as ZodType<T>;
  };
  return lazy({
    field: {
      label: opts.label,
      helpText: opts.helpText,
      required: Boolean(opts.required),
      ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
      ...(opts.default !== undefined ? { default: opts.default } : {}),
      ...(opts.altersDynamicFields ? { altersDynamicFields: true } : {}),
      ...field,
    },
  }, make);
}

/**
 * Schemas are built on first use, not at load: the app declares well over a thousand fields,
 * and building their zod schemas up front was most of the app's cold start.
 */
function lazy<T>(spec: { field: FieldSpec<T>['field'] }, make: () => ZodType<T>): FieldSpec<T> {
  let built: ZodType<T> | undefined;
  return {
    field: spec.field,
    get schema() {
      return (built ??= make());
    },
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const toText = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);

/** Parse a date-time the way people and Zapier write them; returns null when it is not one. */
export function parseDateTime(v: unknown): Date | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'number') return new Date(v < 1e11 ? v * 1000 : v); // epoch seconds or ms
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (/^\d{10}$/.test(s)) return new Date(Number(s) * 1000);
  if (/^\d{13}$/.test(s)) return new Date(Number(s));
  // ISO 8601 (with or without offset) and RFC 2822; anything else is refused, not guessed.
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/i.test(s) && !/^[A-Za-z]{3},? /.test(s)) return null;
  // A date-time without offset is read as UTC (JavaScript would read it in the server's zone).
  const noOffset = /^\d{4}-\d{2}-\d{2}[T ][\d:.]+$/i.test(s);
  const d = new Date(noOffset ? `${s.replace(' ', 'T')}Z` : s);
  return Number.isNaN(d.getTime()) ? null : d;
}

function text(o: Req): FieldSpec<string>;
function text(o: Opt): FieldSpec<string | undefined>;
function text(o: Base & { required?: boolean }) {
  return spec(o, { type: 'string' }, () => z.preprocess(toText, z.string({ error: msg('must be text') })));
}

function longText(o: Req): FieldSpec<string>;
function longText(o: Opt): FieldSpec<string | undefined>;
function longText(o: Base & { required?: boolean }) {
  return spec(o, { type: 'text' }, () => z.preprocess(toText, z.string({ error: msg('must be text') })));
}

function email(o: Req): FieldSpec<string>;
function email(o: Opt): FieldSpec<string | undefined>;
function email(o: Base & { required?: boolean }) {
  return spec(
    o,
    { type: 'string' },
    () => z
      .string({ error: msg('must be an email address') })
      .refine((s) => EMAIL.test(s), { error: (iss) => `must be a valid email address, got "${String(iss.input)}"` }),
  );
}

function phone(o: Req): FieldSpec<string>;
function phone(o: Opt): FieldSpec<string | undefined>;
function phone(o: Base & { required?: boolean }) {
  return spec(
    o,
    { type: 'string' },
    () => z.preprocess(
      toText,
      z.string({ error: msg('must be a phone number') }).refine(
        (s) => /^\+?[\d\s().-]+$/.test(s) && (s.match(/\d/g)?.length ?? 0) >= 7 && (s.match(/\d/g)?.length ?? 0) <= 15,
        { error: (iss) => `must be a phone number with 7 to 15 digits, preferably with country code (e.g. +1 555 010 0199), got "${String(iss.input)}"` },
      ),
    ),
  );
}

/** A moment in time; sent as ISO 8601 in UTC (e.g. 2025-03-14T20:00:00.000Z). */
function datetime(o: Req): FieldSpec<string>;
function datetime(o: Opt): FieldSpec<string | undefined>;
function datetime(o: Base & { required?: boolean }) {
  return spec(
    o,
    { type: 'datetime' },
    () => z
      .unknown()
      .refine((v) => v !== undefined, { error: REQUIRED })
      .transform((v, c) => {
        const d = parseDateTime(v);
        if (!d) {
          c.addIssue({ code: 'custom', message: `must be a date and time such as 2025-03-14T15:00:00-05:00, got "${String(v)}"` });
          return z.NEVER;
        }
        return d.toISOString();
      }),
  );
}

/** A calendar date without time; sent as YYYY-MM-DD. */
function date(o: Req): FieldSpec<string>;
function date(o: Opt): FieldSpec<string | undefined>;
function date(o: Base & { required?: boolean }) {
  return spec(
    o,
    { type: 'string' },
    () => z
      .unknown()
      .refine((v) => v !== undefined, { error: REQUIRED })
      .transform((v, c) => {
        const s = String(v);
        // Year first (a time part may follow, as in Zapier's date values); else HighLevel's documented
        // month-first MM/DD/YYYY. Nothing else is guessed.
        const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
        const mdy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
        const [y, m, d] = ymd ? [ymd[1], ymd[2], ymd[3]] : mdy ? [mdy[3], mdy[1], mdy[2]] : [];
        const dt = y && m && d ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : null;
        if (!dt || dt.getUTCMonth() !== Number(m) - 1 || dt.getUTCDate() !== Number(d)) {
          c.addIssue({ code: 'custom', message: `must be a date such as 1990-09-25, got "${s}"` });
          return z.NEVER;
        }
        return dt.toISOString().slice(0, 10);
      }),
  );
}

const TRUE = new Set(['true', 'yes', '1', 'on']);
const FALSE = new Set(['false', 'no', '0', 'off']);

function boolean(o: Req): FieldSpec<boolean>;
function boolean(o: Opt): FieldSpec<boolean | undefined>;
function boolean(o: Base & { required?: boolean }) {
  return spec(
    o,
    { type: 'boolean' },
    () => z.preprocess(
      (v) => (typeof v === 'string' ? (TRUE.has(v.toLowerCase()) ? true : FALSE.has(v.toLowerCase()) ? false : v) : v),
      z.boolean({ error: (iss) => (iss.input === undefined ? REQUIRED : `must be true or false, got "${String(iss.input)}"`) }),
    ),
  );
}

function choice<const C extends string>(o: Req & { choices: Record<C, string> }): FieldSpec<C>;
function choice<const C extends string>(o: Opt & { choices: Record<C, string> }): FieldSpec<C | undefined>;
function choice<const C extends string>(o: Base & { required?: boolean; choices: Record<C, string> }): FieldSpec<C | undefined> {
  const values = Object.keys(o.choices) as C[];
  return spec(
    o,
    { type: 'string', choices: o.choices as Record<string, string> },
    () => z.string({ error: msg('must be one of the choices') }).refine((s) => (values as string[]).includes(s), {
      error: (iss) => `must be one of ${values.join(', ')}, got "${String(iss.input)}"`,
    }) as unknown as ZodType<C>,
  );
}

/**
 * A list of short texts (tags, ids): accepts a Zapier list or one comma-separated text. A list of
 * IDs names its dropdown (`dynamic`, as in `id`), so the user picks several instead of typing IDs.
 */
function list(o: Req & { dynamic?: string }): FieldSpec<string[]>;
function list(o: Opt & { dynamic?: string }): FieldSpec<string[] | undefined>;
function list(o: Base & { required?: boolean; dynamic?: string }): FieldSpec<string[] | undefined> {
  const split = (v: unknown): unknown => {
    const items = (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((x) =>
      typeof x === 'string' || typeof x === 'number' ? String(x).split(',') : [x],
    );
    const clean = items.map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x) => x !== '');
    return clean.length ? [...new Set(clean)] : undefined;
  };
  const make = () => {
    const inner = z.array(z.string({ error: 'must be a list of texts' }), {
      error: (iss) => (iss.input === undefined ? (o.required ? 'needs at least one value' : REQUIRED) : 'must be a list of texts'),
    });
    return (o.required ? z.preprocess(split, inner) : z.preprocess(split, inner.optional())) as ZodType<string[]>;
  };
  return lazy({
    field: {
      label: o.label,
      helpText: o.helpText,
      required: Boolean(o.required),
      list: true,
      type: 'string' as const,
      ...(o.placeholder ? { placeholder: o.placeholder } : {}),
      ...(o.dynamic ? { dynamic: o.dynamic } : {}),
    },
  }, make);
}

function number(o: Req): FieldSpec<number>;
function number(o: Opt): FieldSpec<number | undefined>;
function number(o: Base & { required?: boolean }) {
  return spec(
    o,
    { type: 'number' },
    () => z.preprocess(
      (v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v), // decimals only: no 0x10, 1e3
      z.number({ error: (iss) => (iss.input === undefined ? REQUIRED : `must be a number, got "${String(iss.input)}"`) }),
    ),
  );
}

/** An ID chosen from a dynamic dropdown fed by the trigger `dynamic` ("triggerKey.idField.labelField"). */
function id(o: Req & { dynamic?: string; search?: string }): FieldSpec<string>;
function id(o: Opt & { dynamic?: string; search?: string }): FieldSpec<string | undefined>;
function id(o: Base & { required?: boolean; dynamic?: string; search?: string }) {
  return spec(
    o,
    { type: 'string', ...(o.dynamic ? { dynamic: o.dynamic } : {}), ...(o.search ? { search: o.search } : {}) },
    () => z.preprocess(
      toText,
      z
        .string({ error: msg('must be an ID') })
        .superRefine((s, c) => {
          // The path-safety rules first (dot segments, separators, broken characters), then no spaces.
          const unsafe = unsafePathValueReason(s);
          if (unsafe) c.addIssue({ code: 'custom', message: unsafe });
          else if (/\s/.test(s)) c.addIssue({ code: 'custom', message: `must be a HighLevel ID without spaces or slashes, got "${s}"` });
        }),
    ),
  );
}

export const f = { text, longText, email, phone, datetime, date, boolean, choice, list, number, id };

export type Inputs = Record<string, FieldSpec<unknown>>;
export type InputOf<I extends Inputs> = { [K in keyof I]: I[K] extends FieldSpec<infer T> ? T : never };

/** The Zapier inputFields of a declaration, keys taken from the object. */
export const toInputFields = (inputs: Inputs): PlainInputField[] =>
  Object.entries(inputs).map(([key, s]) => ({ key, ...s.field }) as PlainInputField);

/**
 * Validate a bundle's inputData against the declaration. The first problem becomes an error
 * that names the field by label and key, thrown before any request is sent.
 */
export function parseInputs<I extends Inputs>(inputs: I, data: Record<string, unknown>): InputOf<I> {
  const shape: Record<string, ZodType<unknown>> = {};
  for (const [k, s] of Object.entries(inputs)) shape[k] = s.schema;
  const result = z.object(shape).safeParse(data ?? {});
  if (result.success) return result.data as InputOf<I>;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  throw invalidInput({ key, label: inputs[key]?.field.label }, issue.message);
}
