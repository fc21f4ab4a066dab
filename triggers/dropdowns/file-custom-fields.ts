import { locationId } from '../../src/client';
import { listCustomFieldsEndpoint } from '../../src/custom-fields';
import { defineListTrigger, each } from '../../src/operation';
import { customFieldList } from '../../src/records/custom-field-definition';

/** The location's contact custom fields of type File Upload (the only ones a file can be uploaded into). */
export default defineListTrigger({
  key: 'fileCustomFieldDropdown',
  noun: 'Custom Field',
  label: 'File Upload Custom Fields (Dropdown)',
  description: 'Triggers when the File Upload Custom Field dropdown loads: lists the location\'s contact custom fields of type File Upload.',
  hidden: true,
  endpoint: listCustomFieldsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ path: { locationId: locationId(bundle) }, query: { model: 'contact' } }),
  records: (body: unknown) => customFieldList(body).filter((d) => d.dataType === 'FILE_UPLOAD'),
  output: each((d) => ({ id: d.id, name: d.name })),
  sample: { id: 'Zq3yHbtjg3bm3p0V0k3F', name: 'Signed Consent Form' },
  outputFields: [
    { key: 'id', label: 'Custom Field ID' },
    { key: 'name', label: 'Custom Field' },
  ],
});
