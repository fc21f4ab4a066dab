import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { recordField, relationList, relationsByRecordEndpoint } from '../../src/records/association';

/** The relations of the record chosen in the same step, 100 a page, labelled with both sides. */
export default defineListTrigger({
  key: 'relationDropdown',
  noun: 'Relation',
  label: 'Relations (Dropdown)',
  description: 'Triggers when the Relation dropdown loads: lists the relations of a record.',
  hidden: true,
  canPaginate: true,
  endpoint: relationsByRecordEndpoint,
  inputs: { recordId: recordField('Record', 'The record whose relations the dropdown lists.') },
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), skip: (Number(bundle.meta?.page) || 0) * 100, limit: 100 } }),
  records: relationList,
  output: each((x) => {
    return { id: x.id, name: [x.firstObjectKey, x.firstRecordId, '<->', x.secondObjectKey, x.secondRecordId].filter(Boolean).join(' ') };
  }),
  sample: { id: '67ae0d741119d218c9d0c477', name: 'custom_objects.pets 67a349a79b28947ec1f65bb5 <-> contact seD4PfOuKoVMLkEZqohJ' },
  outputFields: [
    { key: 'id', label: 'Relation ID' },
    { key: 'name', label: 'Relation' },
  ],
});
