import { objectRecordList, objectRecordOutputs, recordSearchBody, schemaKeyField, searchRecordsEndpoint } from '../../src/custom-objects';
import { defineListTrigger, pollLimit } from '../../src/operation';

/**
 * New Custom Object Record: the object's records, newest first (`sort` createdAt desc), one
 * request per poll (a page as large as the poll may return); Zapier dedupes on the record id.
 */
export default defineListTrigger({
  key: 'newCustomObjectRecord',
  noun: 'Custom Object Record',
  label: 'New Custom Object Record',
  description: 'Triggers when a record is added to a custom object (e.g. a new Pet), with its fields by name.',
  endpoint: searchRecordsEndpoint,
  inputs: { schemaKey: schemaKeyField() },
  request: (input, { bundle }) => ({ path: { schemaKey: input.schemaKey }, body: recordSearchBody(bundle, { pageLimit: pollLimit(bundle), sort: 'createdAt' }) }),
  records: objectRecordList,
  ...objectRecordOutputs,
});
