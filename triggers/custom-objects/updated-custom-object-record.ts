import { objectRecordList, objectRecordOutputs, objectRecordsOutput, recordSearchBody, schemaKeyField, searchRecordsEndpoint } from '../../src/custom-objects';
import { changeId, defineListTrigger, pollLimit } from '../../src/operation';
import { objectRecordTable } from '../../src/records/custom-object';

/**
 * Updated Custom Object Record: the most recently updated records first (`sort` updatedAt desc),
 * one request per poll. The dedupe id is the record id plus its update time, so each change
 * fires once; the record's own id stays in `recordId`.
 */
export default defineListTrigger({
  key: 'updatedCustomObjectRecord',
  noun: 'Custom Object Record',
  label: 'Updated Custom Object Record',
  description: 'Triggers when a record of a custom object is added or changed (once per change), with its fields by name.',
  endpoint: searchRecordsEndpoint,
  inputs: { schemaKey: schemaKeyField() },
  request: (input, { bundle }) => ({ path: { schemaKey: input.schemaKey }, body: recordSearchBody(bundle, { pageLimit: pollLimit(bundle), sort: 'updatedAt' }) }),
  records: objectRecordList,
  output: async (rows, ctx) =>
    (await objectRecordsOutput(rows, ctx)).map((r) => ({ ...r, recordId: r.id, id: changeId(String(r.id), String(r.updatedAt ?? r.createdAt ?? '')) })),
  sample: { ...objectRecordTable.sample, recordId: objectRecordTable.sample.id, id: changeId(String(objectRecordTable.sample.id), String(objectRecordTable.sample.updatedAt)) },
  outputFields: [
    { key: 'id', label: 'Change ID (record ID and update time)' },
    { key: 'recordId', label: 'Record ID' },
    ...objectRecordTable.outputFields.filter((o) => o.key !== 'id'),
  ],
  dynamicOutputFields: objectRecordOutputs.dynamicOutputFields,
});
