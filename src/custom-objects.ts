import type { Bundle, PlainInputField, PlainOutputField, ZObject } from 'zapier-platform-core';
import { callApi, knownLocationId, locationId, type Ctx } from './client';
import { limits } from './config';
import { displayValue, fieldSpec, type FieldDefinition } from './custom-fields';
import { endpoint } from './endpoint';
import { f, parseInputs, toInputFields, type Inputs } from './fields';
import type { DynamicInputs, Flat, Mapper } from './operation';
import { isRecord, scalarText } from './record-table';
import { objectRecordTable } from './records/custom-object';

/**
 * Custom objects, and their records with the object's own fields by name, both ways (as
 * src/custom-fields.ts does for contacts): the object's field definitions (`GET /objects/{key}`
 * with `fetchProperties=true`, kept in z.cache for 10 minutes) become named, typed inputs
 * `property__<key>` sent as `properties: { <key>: value }`, and a record's `properties` become
 * outputs `properties__<key>` labelled with the field's name.
 *
 * Decisions (the spec's record bodies are empty objects): create sends `{ locationId,
 * properties, owner?, followers? }` and update `{ properties, owner?, followers? }` with
 * `locationId` in the query, as HighLevel's custom objects doc shows them. A property's key is
 * its field key without the `custom_objects.<object>.` prefix (the spec's record example keys
 * properties that way). Money fields (MONETORY) are sent as `{ currency: 'default', value }` and
 * output as their value. The record search body always carries the spec's required `query` and
 * `searchAfter`; triggers add `sort: [{ field, direction: 'desc' }]` (HighLevel's records search
 * doc: "sort criteria by field and direction").
 */

const V = '2021-07-28';
export const listObjectsEndpoint = endpoint('GET', '/objects/', V, ['objects/schema.readonly']);
export const getObjectEndpoint = endpoint('GET', '/objects/{key}', V, ['objects/schema.readonly']);
export const searchRecordsEndpoint = endpoint('POST', '/objects/{schemaKey}/records/search', V, ['objects/record.readonly'], { readOnly: true });
// The spec gives the single-record routes no scope; docs/oauth/Scopes.md lists them under objects/record.*.
export const getRecordEndpoint = endpoint('GET', '/objects/{schemaKey}/records/{id}', V, ['objects/record.readonly']);
export const createRecordEndpoint = endpoint('POST', '/objects/{schemaKey}/records', V, ['objects/record.write']);
export const updateRecordEndpoint = endpoint('PUT', '/objects/{schemaKey}/records/{id}', V, ['objects/record.write']);
export const deleteRecordEndpoint = endpoint('DELETE', '/objects/{schemaKey}/records/{id}', V, ['objects/record.write']);

/** The Custom Object input: every operation on records starts with it; the fields below depend on it. */
export const schemaKeyField = () =>
  f.id({
    label: 'Custom Object',
    required: true,
    dynamic: 'customObjectDropdown.id.name',
    altersDynamicFields: true,
    helpText: 'The custom object (e.g. Pets). Pick one, or map its key, such as `custom_objects.pet` (Settings > Objects in HighLevel).',
  });

export const objectRecordField = (helpText: string) =>
  f.id({ label: 'Record', required: true, dynamic: 'customObjectRecordDropdown.id.name', search: 'findCustomObjectRecords.id', helpText });

export interface ObjectField {
  id: string;
  name: string;
  /** The key of the value in a record's `properties`. */
  property: string;
  fieldKey: string | null;
  dataType: string;
  options: { value: string; label: string }[];
}

export interface ObjectSchema {
  key: string;
  /** The property a record is shown by (its primary display property without the object prefix). */
  displayProperty: string | null;
  fields: ObjectField[];
}

/** A field key without its object prefix: "custom_objects.pet.name" -> "name". */
export function propertyOf(fieldKey: string, schemaKey: string): string {
  if (fieldKey.startsWith(`${schemaKey}.`)) return fieldKey.slice(schemaKey.length + 1);
  const parts = fieldKey.split('.');
  return parts.length > 2 ? parts.slice(2).join('.') : (parts[parts.length - 1] ?? fieldKey);
}

function readSchema(body: unknown, schemaKey: string): ObjectSchema {
  const obj = isRecord(body) && isRecord(body.object) ? body.object : {};
  const raw = isRecord(body) && Array.isArray(body.fields) ? body.fields.filter(isRecord) : [];
  const fields = raw.flatMap((d): ObjectField[] => {
    const id = scalarText(d.id);
    const fieldKey = scalarText(d.fieldKey);
    if (!id || !fieldKey) return [];
    const options = (Array.isArray(d.options) ? d.options.filter(isRecord) : []).flatMap((o) => {
      const value = scalarText(o.key) ?? scalarText(o.label);
      return value ? [{ value, label: scalarText(o.label) ?? value }] : [];
    });
    return [{ id, name: scalarText(d.name) ?? fieldKey, property: propertyOf(fieldKey, schemaKey), fieldKey, dataType: (scalarText(d.dataType) ?? 'TEXT').toUpperCase(), options }];
  });
  const primary = scalarText(obj.primaryDisplayProperty);
  return { key: schemaKey, displayProperty: primary ? propertyOf(primary, schemaKey) : null, fields };
}

/** The object's schema with its fields; cached per location and object so an idle poll stays one request. */
export async function objectSchema(ctx: Ctx, schemaKey: string): Promise<ObjectSchema> {
  const loc = locationId(ctx.bundle);
  const key = `objectSchema:${loc}:${schemaKey}`;
  try {
    const cached = (await ctx.z.cache.get(key)) as ObjectSchema | null;
    if (cached && Array.isArray(cached.fields)) return cached;
  } catch {
    /* no cache here: fetch below */
  }
  const body = await callApi(ctx, getObjectEndpoint, { path: { key: schemaKey }, query: { locationId: loc, fetchProperties: 'true' } });
  const schema = readSchema(body, schemaKey);
  try {
    await ctx.z.cache.set(key, schema, limits.customFieldCacheSeconds);
  } catch {
    /* no cache here */
  }
  return schema;
}

const INPUT_PREFIX = 'property__';
/** Output key of a property: dots (text box list parts) become `__`. */
export const propertyOutputKey = (property: string): string => `properties__${property.replace(/\./g, '__')}`;

/** Types with no plain-value input here: text box lists are several values under one field. */
const NO_INPUT = new Set(['TEXTBOX_LIST']);
const asDefinition = (fd: ObjectField): FieldDefinition => ({ ...fd, unsupported: NO_INPUT });

function specsOf(schema: ObjectSchema): Inputs {
  const inputs: Inputs = {};
  for (const fd of schema.fields) {
    const s = fieldSpec(asDefinition(fd), 'Field');
    if (s) inputs[`${INPUT_PREFIX}${fd.property}`] = s;
  }
  return inputs;
}

const chosenObject = (bundle: Bundle): string | null => {
  const v = (bundle.inputData as Record<string, unknown> | undefined)?.schemaKey;
  return typeof v === 'string' && v.trim() && !/[\s/?#]/.test(v) ? v.trim() : null;
};

/** The chosen object's fields as named, typed inputs (none until a connection and an object are there). */
export const objectFieldInputs: DynamicInputs = {
  fields: async (z: ZObject, bundle: Bundle): Promise<PlainInputField[]> => {
    const key = chosenObject(bundle);
    if (!key || !knownLocationId(bundle)) return [];
    return toInputFields(specsOf(await objectSchema({ z, bundle }, key)));
  },
};

/** Labels for the chosen object's properties in the outputs. */
export const objectOutputFields = async (z: ZObject, bundle: Bundle): Promise<PlainOutputField[]> => {
  const key = chosenObject(bundle);
  if (!key || !knownLocationId(bundle)) return [];
  const schema = await objectSchema({ z, bundle }, key);
  return schema.fields.map((fd) => ({ key: propertyOutputKey(fd.property), label: fd.name }));
};

/**
 * The step's property inputs as `properties`, validated by the fields' types (the error names
 * the field) before any write; the schema is read only when the step carries such values.
 */
export async function propertiesBody(ctx: Ctx, schemaKey: string): Promise<Record<string, unknown> | undefined> {
  const data = (ctx.bundle.inputData ?? {}) as Record<string, unknown>;
  const keys = Object.keys(data).filter((k) => k.startsWith(INPUT_PREFIX) && data[k] !== '' && data[k] !== undefined && data[k] !== null);
  if (keys.length === 0) return undefined;
  const schema = await objectSchema(ctx, schemaKey);
  const all = specsOf(schema);
  const specs: Inputs = {};
  for (const k of keys) specs[k] = all[k] ?? f.text({ label: k.slice(INPUT_PREFIX.length), helpText: '' });
  const parsed = parseInputs(specs, Object.fromEntries(keys.map((k) => [k, data[k]])));
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (parsed[k] === undefined) continue;
    const property = k.slice(INPUT_PREFIX.length);
    const type = schema.fields.find((fd) => fd.property === property)?.dataType;
    out[property] = type === 'MONETORY' ? { currency: 'default', value: parsed[k] } : parsed[k];
  }
  return out;
}

/** A property's value for a Zap: money as its amount, lists joined, files as their URLs. */
function propertyValue(v: unknown): string | number | boolean | null {
  if (isRecord(v) && 'value' in v && ('currency' in v || Object.keys(v).length === 1)) return displayValue(v.value);
  if (Array.isArray(v) && v.every(isRecord)) return displayValue(v.map((x) => (typeof x.url === 'string' ? x.url : JSON.stringify(x))));
  return displayValue(v);
}

export type ObjectRecord = ReturnType<typeof objectRecordTable.parse>;
const propertiesOf = new WeakMap<object, Record<string, unknown>>();

const remember = (row: ObjectRecord, raw: unknown): ObjectRecord => {
  propertiesOf.set(row, isRecord(raw) && isRecord(raw.properties) ? raw.properties : {});
  return row;
};

/** `{ records: [...] }` (the search) -> records, each keeping its properties. */
export function objectRecordList(body: unknown): ObjectRecord[] {
  const rows = objectRecordTable.list('records', 'the custom object records')(body);
  const raws = isRecord(body) && Array.isArray(body.records) ? body.records : [];
  return rows.map((row, i) => remember(row, raws[i]));
}

/** `{ record: {...} }` (get, create, update) -> the record with its properties. */
export function objectRecordOne(body: unknown): ObjectRecord {
  const row = objectRecordTable.one('record', 'the custom object record')(body);
  return remember(row, isRecord(body) ? body.record : undefined);
}

/** The record's properties by output key. */
export function propertyOutputs(row: ObjectRecord): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(propertiesOf.get(row) ?? {})) out[propertyOutputKey(k)] = propertyValue(v);
  return out;
}

/** Records -> flat outputs: the fixed fields of the table, then the object's properties. */
export const objectRecordsOutput: Mapper<ObjectRecord> = async (rows, ctx) =>
  (await objectRecordTable.output(rows, ctx)).map((flat, i) => ({ ...flat, ...propertyOutputs(rows[i]!) }));

/** The shown name of a record: its primary display property, else its id. */
export function recordName(row: ObjectRecord, schema: ObjectSchema): string {
  const props = propertiesOf.get(row) ?? {};
  const v = schema.displayProperty ? props[schema.displayProperty] : undefined;
  const shown = v === undefined ? null : propertyValue(v);
  return shown === null || shown === '' ? row.id : String(shown);
}

/**
 * What operations outputting records declare. The sample and the static output fields are the
 * fixed part only: properties differ per object (like custom fields), so their labels come from
 * the chosen object's schema (dynamic output fields).
 */
export const objectRecordOutputs = {
  output: objectRecordsOutput,
  sample: objectRecordTable.sample,
  outputFields: objectRecordTable.outputFields,
  dynamicOutputFields: objectOutputFields,
};

/** The search body the spec requires (query and searchAfter included), page by page. */
export const recordSearchBody = (bundle: Bundle, o: { page?: number; pageLimit: number; query?: string; sort?: 'createdAt' | 'updatedAt' }) => ({
  locationId: locationId(bundle),
  page: o.page ?? 1,
  pageLimit: o.pageLimit,
  query: o.query ?? '',
  searchAfter: [] as string[],
  ...(o.sort ? { sort: [{ field: o.sort, direction: 'desc' }] } : {}),
});
