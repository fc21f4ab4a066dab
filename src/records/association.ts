import { locationId, type Ctx } from '../client';
import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, isRecord, scalarText, t, type Coercion } from '../record-table';

/**
 * Associations (links between object types, e.g. contact <-> custom object) and relations (links
 * between two records of an association): endpoints, record tables, inputs.
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

/** A label or key as text (see the module note): a label object's `singular`/`label`/`name`, else its JSON. */
const label: Coercion<string | null> = {
  empty: null,
  read: (v) => {
    if (v === '') return { value: null };
    const s = scalarText(v);
    if (s !== null) return { value: s };
    const named = isRecord(v) ? (v.singular ?? v.label ?? v.name) : undefined;
    return { value: typeof named === 'string' ? named : JSON.stringify(v) };
  },
};

export const associationTable = defineRecord(
  {
    id: { label: 'Association ID', type: t.text, sample: '669e5795add2094075906c65' },
    key: { label: 'Association Key', type: t.text, sample: 'pet_owner' },
    firstObjectKey: { label: 'First Object Key', type: label, sample: 'custom_objects.pets' },
    firstObjectLabel: { label: 'First Object Label', type: label, sample: 'Pet' },
    secondObjectKey: { label: 'Second Object Key', type: label, sample: 'contact' },
    secondObjectLabel: { label: 'Second Object Label', type: label, sample: 'Owner' },
    associationType: { label: 'Association Type', type: label, sample: 'USER_DEFINED' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'association' },
);

export const relationTable = defineRecord(
  {
    id: { label: 'Relation ID', type: t.text, sample: '67ae0d741119d218c9d0c477' },
    associationId: { label: 'Association ID', type: t.text, sample: '669e5795add2094075906c65' },
    firstObjectKey: { label: 'First Object Key', type: label, sample: 'custom_objects.pets' },
    firstRecordId: { label: 'First Record ID', type: t.text, sample: '67a349a79b28947ec1f65bb5' },
    secondObjectKey: { label: 'Second Object Key', type: label, sample: 'contact' },
    secondRecordId: { label: 'Second Record ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'relation' },
);

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

const associations = associationTable.list('', 'the association list');
const relations = relationTable.list('', 'the relation list');
export const associationList = (body: unknown) => associations(itemsOf(body, 'associations'));
export const relationList = (body: unknown) => relations(itemsOf(body, 'relations'));
/** The bare association, or one wrapped under `association`. */
export const associationRecord = associationTable.one('association', 'the association request', { bare: true });
export const associationAnswer = associationTable.answer('association', 'the association request', { bare: true });
export const associationOutputs = associationTable.outputs;
export const associationShape = associationTable.shape;
export const relationOutputs = relationTable.outputs;
export const relationShape = relationTable.shape;

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
