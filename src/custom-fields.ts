import type { Bundle, PlainInputField, PlainOutputField, ZObject } from 'zapier-platform-core';
import { callApi, knownLocationId, locationId, type Ctx } from './client';
import { limits } from './config';
import { endpoint } from './endpoint';
import { cacheGet, cacheSet, tenantKey } from './scoped-cache';
import { f, parseInputs, toInputFields, type FieldSpec, type Inputs } from './fields';
import type { DynamicInputs, Flat } from './operation';
import { cachedCustomFields, customFieldList, outputKey, type CustomFieldDefinition } from './records/custom-field-definition';

/**
 * Custom fields by name, both ways: the location's definitions turn `[{id, value}]` on a record
 * into `custom_<key>` outputs labelled with the field's name, and become named inputs on
 * create/update/upsert that are sent as `customFields: [{ id, field_value }]`, the spec's shape.
 */
export type Model = 'contact' | 'opportunity';

export const listCustomFieldsEndpoint = endpoint(
  'GET',
  '/locations/{locationId}/customFields',
  '2021-07-28',
  ['locations/customFields.readonly'],
);

/** Prefix of dynamic input keys: `customField__<definition id>`. */
const INPUT_PREFIX = 'customField__';

/** Scoped to the connection and keyed by company and location (src/scoped-cache.ts): no tenant reads another's definitions. */
const cacheKey = (bundle: Bundle, loc: string, model: Model) => tenantKey(bundle, 'customFields', loc, model);

async function fetchDefinitions(ctx: Ctx, model: Model): Promise<CustomFieldDefinition[]> {
  const loc = locationId(ctx.bundle);
  const body = await callApi(ctx, listCustomFieldsEndpoint, { path: { locationId: loc }, query: { model } });
  return customFieldList(body);
}

/**
 * The location's definitions for one model. Kept in z.cache for a few minutes so an idle poll
 * costs one request; where z.cache is unavailable (local runs) they are fetched each time.
 * `fresh` skips the cache, for when a record carries a field the cached list does not know.
 */
export async function definitions(ctx: Ctx, model: Model, fresh = false): Promise<CustomFieldDefinition[]> {
  const key = cacheKey(ctx.bundle, locationId(ctx.bundle), model);
  if (!fresh) {
    const cached = await cacheGet(ctx.z, key);
    if (Array.isArray(cached)) {
      try {
        return cachedCustomFields(cached);
      } catch {
        // an entry of another shape (an older version's): read the list afresh
      }
    }
  }
  const defs = await fetchDefinitions(ctx, model);
  await cacheSet(ctx.z, key, defs, limits.customFieldCacheSeconds);
  return defs;
}

export { outputKey };

/** A value as a Zap step can map it: lists joined, uploaded files as their URLs. */
export function displayValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => displayValue(x)).filter((x) => x !== null).join(', ');
  if (typeof v === 'object') {
    const urls = Object.values(v as Record<string, unknown>)
      .map((x) => (x && typeof x === 'object' ? (x as { url?: unknown }).url : undefined))
      .filter((u): u is string => typeof u === 'string');
    return urls.length ? urls.join(', ') : JSON.stringify(v);
  }
  return String(v);
}

export interface CustomFieldValue {
  id: string;
  value?: unknown;
  field_value?: unknown;
  /** The opportunity spec's name of the value. */
  fieldValue?: unknown;
}

/** Record custom fields -> `{ custom_<key>: value }`, using the definitions for names. */
export function namedValues(values: readonly CustomFieldValue[] | null | undefined, defs: readonly CustomFieldDefinition[]): Flat {
  const out: Flat = {};
  for (const cf of values ?? []) {
    const def = defs.find((d) => d.id === cf.id);
    out[def ? outputKey(def) : `custom_${cf.id}`] = displayValue(cf.value ?? cf.field_value ?? cf.fieldValue);
  }
  return out;
}

/**
 * Definitions for the records at hand: fetched only when some record has custom values, and
 * fetched fresh once when a value's field is missing from the cached list (a new field).
 */
export async function definitionsFor(
  ctx: Ctx,
  model: Model,
  records: readonly { customFields?: readonly CustomFieldValue[] | null }[],
): Promise<CustomFieldDefinition[]> {
  const ids = new Set(records.flatMap((r) => (r.customFields ?? []).map((c) => c.id)));
  if (ids.size === 0) return [];
  const defs = await definitions(ctx, model);
  const known = new Set(defs.map((d) => d.id));
  if ([...ids].every((id) => known.has(id))) return defs;
  // At most one fresh look-up per cache period: values of a deleted field stay unknown for good,
  // and must not cost every poll an extra request.
  const marker = `${cacheKey(ctx.bundle, locationId(ctx.bundle), model)}:refreshed`;
  if (await cacheGet(ctx.z, marker)) return defs;
  await cacheSet(ctx.z, marker, true, limits.customFieldCacheSeconds);
  return definitions(ctx, model, true);
}

/** Labelled output fields for the location's custom fields (Zapier calls this while building a Zap). */
export const customOutputFields =
  (model: Model) =>
  async (z: ZObject, bundle: Bundle): Promise<PlainOutputField[]> => {
    if (!knownLocationId(bundle)) return []; // no connection, or an agency step before its Location is picked
    const defs = await definitions({ z, bundle }, model);
    return defs.map((d) => ({ key: outputKey(d), label: `Custom field: ${d.name}` }));
  };

const OPTION_TYPES = new Set(['SINGLE_OPTIONS', 'RADIO']);
const MULTI_TYPES = new Set(['CHECKBOX', 'MULTIPLE_OPTIONS']);
/** Types Zapier can send as a plain value; file uploads and signatures need HighLevel's UI. */
const UNSUPPORTED = new Set(['FILE_UPLOAD', 'SIGNATURE']);

/** A field definition as any HighLevel field API gives it; options as the value sent and its label. */
export interface FieldDefinition {
  id: string;
  name: string;
  fieldKey?: string | null;
  dataType?: string | null;
  options: readonly { value: string; label: string }[];
  /** Types with no plain-value input in this place (besides file uploads and signatures). */
  unsupported?: ReadonlySet<string>;
}

/** The typed input for one field definition (null for types Zapier cannot send as a value). */
export function fieldSpec(def: FieldDefinition, kind = 'Custom field'): FieldSpec<unknown> | null {
  const type = (def.dataType ?? 'TEXT').toUpperCase();
  if (UNSUPPORTED.has(type) || def.unsupported?.has(type)) return null;
  const base = { label: def.name, helpText: `${kind} "${def.name}" (${def.fieldKey ?? def.id}, ${type.toLowerCase()}).` };
  const options = def.options;
  if (type === 'NUMERICAL' || type === 'MONETORY') return f.number(base);
  if (type === 'DATE') return f.date({ ...base, helpText: `${base.helpText} A date such as 2025-03-14.` });
  if (type === 'PHONE') return f.phone(base);
  if (type === 'EMAIL') return f.email(base);
  if (MULTI_TYPES.has(type)) {
    const spec = f.list({ ...base, helpText: `${base.helpText}${options.length ? ` Options: ${options.map((o) => o.label).join(', ')}.` : ''}` });
    return options.length ? { ...spec, field: { ...spec.field, choices: options.every((o) => o.value === o.label) ? options.map((o) => o.value) : Object.fromEntries(options.map((o) => [o.value, o.label])) } } : spec;
  }
  if (OPTION_TYPES.has(type) && options.length) {
    return f.choice({ ...base, choices: Object.fromEntries(options.map((o) => [o.value, o.label])) as Record<string, string> });
  }
  if (type === 'LARGE_TEXT') return f.longText(base);
  return f.text(base);
}

const specFor = (def: CustomFieldDefinition): FieldSpec<unknown> | null =>
  fieldSpec({ ...def, name: def.name ?? def.id, options: def.options.map((o) => ({ value: o, label: o })) });

function specsOf(defs: readonly CustomFieldDefinition[]): Inputs {
  const inputs: Inputs = {};
  for (const d of defs) {
    const spec = specFor(d);
    if (spec) inputs[`${INPUT_PREFIX}${d.id}`] = spec;
  }
  return inputs;
}

/** The location's custom fields as named, typed inputs (empty when the editor has no connection yet). */
export const customFieldInputs = (model: Model): DynamicInputs => ({
  fields: async (z: ZObject, bundle: Bundle): Promise<PlainInputField[]> => {
    if (!knownLocationId(bundle)) return []; // no connection, or an agency step before its Location is picked
    return toInputFields(specsOf(await definitions({ z, bundle }, model)));
  },
});

/**
 * Custom-field inputs of this step as the spec's `[{ id, field_value }]`, validated by the
 * field's type (the error names the field) before any write is sent. Definitions are looked up
 * only when the step carries custom-field values.
 */
export async function customFieldsBody(ctx: Ctx, model: Model): Promise<{ id: string; field_value: unknown }[] | undefined> {
  const data = (ctx.bundle.inputData ?? {}) as Record<string, unknown>;
  const keys = Object.keys(data).filter((k) => k.startsWith(INPUT_PREFIX) && data[k] !== '' && data[k] !== undefined && data[k] !== null);
  if (keys.length === 0) return undefined;
  const all = specsOf(await definitions(ctx, model));
  const specs: Inputs = {};
  for (const k of keys) specs[k] = all[k] ?? f.text({ label: k.slice(INPUT_PREFIX.length), helpText: '' });
  const parsed = parseInputs(specs, Object.fromEntries(keys.map((k) => [k, data[k]])));
  return keys
    .filter((k) => parsed[k] !== undefined)
    .map((k) => ({ id: k.slice(INPUT_PREFIX.length), field_value: parsed[k] }));
}
