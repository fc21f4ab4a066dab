import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { recordField, relationList, relationOutputs, relationsByRecordEndpoint } from '../../src/records/association';
import { offsetPaging } from '../../src/records/paging';

/**
 * Get Relations by Record: the relations of one record (contact or custom object record), paged
 * with skip/limit (required by the spec); each new relation fires once. The list field is
 * undocumented (see src/records/association.ts). One association can be picked as a filter
 * (`associationIds`).
 */
export default defineListTrigger({
  key: 'getRelationsByRecord',
  noun: 'Relation',
  label: 'Get Relations By Record',
  description: 'Triggers when the contact or custom object record you give gets a new relation (a link to another record).',
  endpoint: relationsByRecordEndpoint,
  inputs: {
    recordId: recordField('Record', 'The contact or custom object record whose relations to watch. Pick a contact, or map any record ID.'),
    associationIds: f.id({
      label: 'Association',
      dynamic: 'associationDropdown.id.name',
      helpText: 'Only the relations of this association. Leave empty for all.',
    }),
  },
  request: (input, { bundle }) => ({
    query: { locationId: locationId(bundle), skip: 0, limit: pollLimit(bundle), associationIds: input.associationIds },
  }),
  paging: offsetPaging('skip'),
  records: relationList,
  ...relationOutputs,
});
