import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { associationField, recordField, relationList, relationOutputs, relationShape } from '../../src/records/association';

/**
 * Create Relation: links two records through an association. The spec types the answer as an
 * association; the relation's own fields (RelationCreate webhook) are output, and the inputs
 * fill what HighLevel leaves out.
 */
export default defineAction({
  key: 'createRelation',
  noun: 'Relation',
  label: 'Create Relation',
  description: 'Creates a relation: links two records (e.g. a contact and a custom object record) through an association.',
  endpoint: endpoint('POST', '/associations/relations', '2021-07-28', ['associations/relation.write']),
  inputs: {
    associationId: associationField('The association that links the two kinds of record.'),
    firstRecordId: recordField('First Record', 'The record on the association\'s first side (e.g. the custom object record). Pick a contact, or map any record ID.'),
    secondRecordId: recordField('Second Record', 'The record on the association\'s second side (e.g. the contact). Pick a contact, or map any record ID.'),
  },
  request: (input, { bundle }) => ({ body: { locationId: locationId(bundle), ...input } }),
  output: async (body, ctx) => {
    const { input, bundle } = ctx;
    const [r] = relationList(body);
    const flat = r ? ((await relationOutputs.output([r], ctx))[0] ?? { id: null }) : { id: null };
    return {
      ...flat,
      associationId: flat.associationId ?? input.associationId,
      firstRecordId: flat.firstRecordId ?? input.firstRecordId,
      secondRecordId: flat.secondRecordId ?? input.secondRecordId,
      firstObjectKey: flat.firstObjectKey ?? null,
      secondObjectKey: flat.secondObjectKey ?? null,
      locationId: flat.locationId ?? locationId(bundle),
    };
  },
  ...relationShape,
});
