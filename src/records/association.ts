import type { PlainOutputField } from 'zapier-platform-core';
import { z } from 'zod';
import { locationId, type Ctx } from '../client';
import { endpoint } from '../endpoint';
import { f } from '../fields';
import { each, type Flat } from '../operation';
import { parseResponse } from '../schemas';

/**
 * Associations (links between object types, e.g. contact <-> custom object) and relations (links
 * between two records of an association): endpoints, shapes, flatteners, samples, inputs.
 *
 * Decisions where the spec is thin (mapping report section 2):
 * - The lists (GET /associations/, relations of a record, associations by object key) are typed
 *   as ONE association in the spec and their list field is undocumented. Read: a top-level
 *   array, or the array under `associations` / `relations` / `data`, or a single object (one item).
 * - Relations are typed as associations in the spec; the RelationCreate webhook gives their own
 *   fields (associationId, firstRecordId, secondRecordId, object keys), which are output.
 * - Labels are typed `object` in the spec (example: a string); a label object's text is read
 *   from its `singular`/`label`/`name`, else it is output as JSON.
 * - GET /associations/objectKey/{objectKey} marks objectKey and locationId optional; both are sent.
 */
const V = '2021-07-28' as const;
export const listAssociationsEndpoint = endpoint('GET', '/associations/', V, ['associations.readonly']);
export const getAssociationEndpoint = endpoint('GET', '/associations/{associationId}', V, ['associations.readonly']);
export const associationByKeyEndpoint = endpoint('GET', '/associations/key/{key_name}', V, ['associations.readonly']);
export const associationsByObjectKeyEndpoint = endpoint('GET', '/associations/objectKey/{objectKey}', V, ['associations.readonly']);
export const relationsByRecordEndpoint = endpoint('GET', '/associations/relations/{recordId}', V, ['associations/relation.readonly']);

const text = z.string().nullish();
const label = z.unknown().optional();

export const Association = z.looseObject({
  id: z.string(),
  key: text,
  locationId: text,
  firstObjectKey: label,
  firstObjectLabel: label,
  secondObjectKey: label,
  secondObjectLabel: label,
  associationType: label,
});
export type Association = z.infer<typeof Association>;

export const Relation = z.looseObject({
  id: z.string(),
  associationId: text,
  firstObjectKey: label,
  firstRecordId: text,
  secondObjectKey: label,
  secondRecordId: text,
  locationId: text,
});
export type Relation = z.infer<typeof Relation>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A label or key as text (see the module note). */
function asText(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isRecord(v)) {
    const named = v.singular ?? v.label ?? v.name;
    if (typeof named === 'string') return named;
  }
  return JSON.stringify(v);
}

/** The items of an undocumented list answer (see the module note). */
function itemsOf(body: unknown, key: string): unknown[] {
  if (Array.isArray(body)) return body;
  if (isRecord(body)) {
    for (const k of [key, 'data']) if (Array.isArray(body[k])) return body[k] as unknown[];
    if ('id' in body) return [body];
    const single = body[key.slice(0, -1)];
    if (isRecord(single)) return [single];
  }
  return [];
}

export const associationList = (body: unknown): Association[] => parseResponse(z.array(Association), itemsOf(body, 'associations'), 'the association list');
export const associationRecord = (body: unknown): Association =>
  parseResponse(Association, isRecord(body) && isRecord(body.association) ? body.association : body, 'the association request');
export const relationList = (body: unknown): Relation[] => parseResponse(z.array(Relation), itemsOf(body, 'relations'), 'the relation list');

export const flattenAssociation = (a: Association): Flat => ({
  id: a.id,
  key: a.key ?? null,
  firstObjectKey: asText(a.firstObjectKey),
  firstObjectLabel: asText(a.firstObjectLabel),
  secondObjectKey: asText(a.secondObjectKey),
  secondObjectLabel: asText(a.secondObjectLabel),
  associationType: asText(a.associationType),
  locationId: a.locationId ?? null,
});

export const flattenRelation = (r: Relation): Flat => ({
  id: r.id,
  associationId: r.associationId ?? null,
  firstObjectKey: asText(r.firstObjectKey),
  firstRecordId: r.firstRecordId ?? null,
  secondObjectKey: asText(r.secondObjectKey),
  secondRecordId: r.secondRecordId ?? null,
  locationId: r.locationId ?? null,
});

export const associationOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Association ID' },
  { key: 'key', label: 'Association Key' },
  { key: 'firstObjectKey', label: 'First Object Key' },
  { key: 'firstObjectLabel', label: 'First Object Label' },
  { key: 'secondObjectKey', label: 'Second Object Key' },
  { key: 'secondObjectLabel', label: 'Second Object Label' },
  { key: 'associationType', label: 'Association Type' },
  { key: 'locationId', label: 'Location ID' },
];

export const associationSample: Flat = {
  id: '669e5795add2094075906c65',
  key: 'pet_owner',
  firstObjectKey: 'custom_objects.pets',
  firstObjectLabel: 'Pet',
  secondObjectKey: 'contact',
  secondObjectLabel: 'Owner',
  associationType: 'USER_DEFINED',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const relationOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Relation ID' },
  { key: 'associationId', label: 'Association ID' },
  { key: 'firstObjectKey', label: 'First Object Key' },
  { key: 'firstRecordId', label: 'First Record ID' },
  { key: 'secondObjectKey', label: 'Second Object Key' },
  { key: 'secondRecordId', label: 'Second Record ID' },
  { key: 'locationId', label: 'Location ID' },
];

export const relationSample: Flat = {
  id: '67ae0d741119d218c9d0c477',
  associationId: '669e5795add2094075906c65',
  firstObjectKey: 'custom_objects.pets',
  firstRecordId: '67a349a79b28947ec1f65bb5',
  secondObjectKey: 'contact',
  secondRecordId: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const associationOutputs = { output: each(flattenAssociation), sample: associationSample, outputFields: associationOutputFields };
export const relationOutputs = { output: each(flattenRelation), sample: relationSample, outputFields: relationOutputFields };

/* Inputs */

export const associationField = (helpText = 'The association. Pick one, or map an Association ID.') =>
  f.id({ label: 'Association', required: true, dynamic: 'associationDropdown.id.name', helpText });

/** A record on either side of a relation; the dropdown offers contacts, any record ID can be mapped. */
export const recordField = (labelText: string, helpText: string) =>
  f.id({ label: labelText, required: true, dynamic: 'contactDropdown.id.name', search: 'findContact.id', helpText });

/** Only feeds the Relation dropdown (relations of this record); never sent. */
export const relationRecordField = () =>
  f.id({
    label: 'Record (for the Relation list)',
    dynamic: 'contactDropdown.id.name',
    search: 'findContact.id',
    helpText: 'Pick a record to choose the relation from its relations. Not needed when you map a Relation ID.',
  });

export const keyNameInputs = {
  key_name: f.text({ label: 'Association Key', required: true, helpText: 'The association\'s key, e.g. pet_owner (standard ones such as contact_contact work too).' }),
};
export const keyNameQuery = (_input: unknown, { bundle }: Ctx) => ({ query: { locationId: locationId(bundle) } });

export const objectKeyInputs = {
  objectKey: f.text({ label: 'Object Key', required: true, helpText: 'The object whose associations to get: contact, opportunity, business or custom_objects.<name>.' }),
};
