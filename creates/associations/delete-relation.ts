import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { relationRecordField } from '../../src/records/association';

/** Delete Relation: unlinks two records; `locationId` is a required query parameter. */
export default defineAction({
  key: 'deleteRelation',
  noun: 'Relation',
  label: 'Delete Relation',
  description: 'Deletes one relation, unlinking two records (the records themselves stay). This cannot be undone.',
  endpoint: endpoint('DELETE', '/associations/relations/{relationId}', '2021-07-28', ['associations/relation.write']),
  inputs: {
    recordId: relationRecordField(),
    relationId: f.id({ label: 'Relation', required: true, dynamic: 'relationDropdown.id.name', helpText: 'The relation to delete. Pick one of the record above, or map a Relation ID.' }),
  },
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  output: (_body, { input }) => ({ id: input.relationId, deleted: true }),
  sample: { id: '67ae0d741119d218c9d0c477', deleted: true },
  outputFields: [
    { key: 'id', label: 'Relation ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ],
});
