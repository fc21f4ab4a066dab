import { objectRecordList, objectRecordOutputs, recordSearchBody, schemaKeyField, searchRecordsEndpoint } from '../../src/custom-objects';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';

/**
 * Find Custom Object Records: HighLevel's record search over the object's searchable properties
 * (`query`, e.g. `name:Buddy`, or plain text); the first 10 matches, best first as HighLevel
 * ranks them (Zapier uses the first).
 */
export default defineSearch({
  key: 'findCustomObjectRecords',
  noun: 'Custom Object Record',
  label: 'Find Custom Object Records',
  description: 'Finds records of a custom object by its searchable fields, e.g. a Pet by name, to update or link it in a later step.',
  endpoint: searchRecordsEndpoint,
  inputs: {
    schemaKey: schemaKeyField(),
    query: f.text({
      label: 'Search For',
      required: true,
      helpText: 'Text to look for in the object\'s searchable fields (set under Settings > Objects), e.g. `Buddy`, or `name:Buddy` for one field.',
    }),
  },
  request: (input, { bundle }) => ({ path: { schemaKey: input.schemaKey }, body: recordSearchBody(bundle, { pageLimit: 10, query: input.query }) }),
  records: objectRecordList,
  ...objectRecordOutputs,
});
