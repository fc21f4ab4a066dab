import type { Case } from '../support/table';

/**
 * Upload File To Custom Field (forms.json POST /forms/upload-custom-files) and its File Upload
 * field dropdown. The upload's multipart body (a random file id in the part name):
 * test/forms/upload.test.ts.
 */
const DEFS = {
  customFields: [
    { id: 'cfMailDay', name: 'Preferred Mail Day', fieldKey: 'contact.preferred_mail_day', dataType: 'SINGLE_OPTIONS', model: 'contact' },
    { id: 'cfConsent', name: 'Signed Consent Form', fieldKey: 'contact.signed_consent_form', dataType: 'FILE_UPLOAD', model: 'contact' },
  ],
};

export const customFieldFileCases: Case[] = [
  {
    name: 'file upload custom field dropdown: only the File Upload fields',
    op: 'triggers.fileCustomFieldDropdown',
    calls: [{ method: 'GET', path: '/locations/LOC123/customFields', version: '2021-07-28', query: { model: 'contact' }, reply: { body: DEFS } }],
    output: [{ id: 'cfConsent', name: 'Signed Consent Form' }],
  },
  { name: 'upload: the custom field is required', op: 'creates.uploadCustomFieldFile', input: { contactId: 'c1', file: 'https://zapier-dev-files.s3.amazonaws.com/a.pdf' }, calls: [], error: /"Custom Field" \(customFieldId\) is required/ },
  { name: 'upload: the contact is required', op: 'creates.uploadCustomFieldFile', input: { customFieldId: 'cfConsent', file: 'https://zapier-dev-files.s3.amazonaws.com/a.pdf' }, calls: [], error: /"Contact" \(contactId\) is required/ },
  { name: 'upload: a file that is not a URL sends nothing', op: 'creates.uploadCustomFieldFile', input: { contactId: 'c1', customFieldId: 'cfConsent', file: 'consent.pdf' }, calls: [], error: /"File" \(file\) must be a file from an earlier step/ },
];
