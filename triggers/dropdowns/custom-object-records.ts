import { objectRecordList, objectSchema, recordName, recordSearchBody, schemaKeyField, searchRecordsEndpoint } from '../../src/custom-objects';
import { defineListTrigger } from '../../src/operation';

const PAGE = 100;

/**
 * Records of the custom object chosen in the same step, newest first, 100 a page (Zapier's
 * "load more" asks for the next page), shown by the object's primary display property.
 */
export default defineListTrigger({
  key: 'customObjectRecordDropdown',
  noun: 'Custom Object Record',
  label: 'Custom Object Records (Dropdown)',
  description: 'Triggers when the Record dropdown loads: lists the records of the chosen custom object.',
  hidden: true,
  canPaginate: true,
  endpoint: searchRecordsEndpoint,
  inputs: { schemaKey: schemaKeyField() },
  request: (input, { bundle }) => ({
    path: { schemaKey: input.schemaKey },
    body: recordSearchBody(bundle, { page: (Number(bundle.meta?.page) || 0) + 1, pageLimit: PAGE, sort: 'createdAt' }),
  }),
  records: objectRecordList,
  output: async (rows, ctx) => {
    if (rows.length === 0) return [];
    const schema = await objectSchema(ctx, String((ctx.bundle.inputData as Record<string, unknown>).schemaKey).trim());
    return rows.map((r) => ({ id: r.id, name: recordName(r, schema) }));
  },
  sample: { id: '67a235b49b289431bcf657f8', name: 'Buddy' },
  outputFields: [
    { key: 'id', label: 'Record ID' },
    { key: 'name', label: 'Record' },
  ],
});
