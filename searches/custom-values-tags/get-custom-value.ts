import { locationId } from '../../src/client';
import { defineSearch } from '../../src/operation';
import { customValueField, customValueRecord, customValueTable, getCustomValueEndpoint } from '../../src/records/custom-value';

export default defineSearch({
  key: 'getCustomValue',
  noun: 'Custom Value',
  label: 'Get Custom Value',
  description: 'Finds one custom value by its ID, with its current text and merge field.',
  endpoint: getCustomValueEndpoint,
  inputs: { customValueId: customValueField('The custom value. Pick one, or map a Custom Value ID.') },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), id: input.customValueId } }),
  records: (body: unknown) => [customValueRecord(body)],
  ...customValueTable.outputs,
});
