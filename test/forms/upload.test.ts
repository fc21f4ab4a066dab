import { contactTable } from '../../src/records/contact';
import { customFieldFileCases } from '../cases/custom-field-files';
import { CF_CALL, FLAT_CONTACT, RAW_CONTACT, userNamesCall } from '../cases/fixtures';
import { intercept, resetNock, run } from '../support/harness';
import { conformanceProblems, specAvailable } from '../support/spec';
import { FILES, formOf, PDF, zapierFile } from '../support/step-files';
import { runTable, userMessage } from '../support/table';

runTable('Upload File To Custom Field: dropdown and refusals', customFieldFileCases);

/**
 * Upload File To Custom Field: the step's file goes to HighLevel as multipart under
 * `<custom field id>_<file id>` (a UUID), with the contact and location in the query, through
 * the shared client; the file is downloaded without the HighLevel token.
 */
describe('Upload File To Custom Field', () => {
  afterEach(resetNock);

  test('sends the file under <field id>_<uuid> and outputs the updated contact', async () => {
    const seen = zapierFile('/cli-platform/abc/consent.pdf', PDF, { 'content-type': 'application/pdf' });
    const calls = intercept('POST', '/forms/upload-custom-files', { body: { contact: RAW_CONTACT } });
    intercept(CF_CALL.method, CF_CALL.path, CF_CALL.reply);
    const users = intercept('GET', '/users/search', userNamesCall(['U1']).reply);
    const out = await run('creates', 'uploadCustomFieldFile', { contactId: 'c1', customFieldId: 'cfConsent', file: `${FILES}/cli-platform/abc/consent.pdf`, fileName: 'signed-consent.pdf' });
    expect(out).toEqual(FLAT_CONTACT);
    expect(users.map((c) => c.query)).toEqual([userNamesCall(['U1']).query]);
    expect(seen[0]!.authorization).toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query).toEqual({ contactId: 'c1', locationId: 'LOC123' });
    expect(calls[0]!.headers).toMatchObject({ version: '2021-07-28', authorization: 'Bearer test-access-token-abc' });
    const parts = formOf(calls[0]!);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toEqual({ name: expect.stringMatching(/^cfConsent_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/), filename: 'signed-consent.pdf', contentType: 'application/pdf', text: PDF.toString('utf8') });
    if (specAvailable) expect(conformanceProblems(calls[0]!)).toEqual([]);
  });

  test('an answer without a contact still outputs the contact\'s ID (the upload succeeded)', async () => {
    zapierFile('/x/photo.png', PDF, { 'content-type': 'image/png' });
    intercept('POST', '/forms/upload-custom-files', { body: {} });
    const out = await run('creates', 'uploadCustomFieldFile', { contactId: 'c1', customFieldId: 'cfConsent', file: `${FILES}/x/photo.png` });
    expect(out).toEqual({ ...contactTable.empty, id: 'c1' });
  });

  test.each([
    ['a file type HighLevel refuses', '/f/tool.exe', { 'content-type': 'application/octet-stream' }, '"File" (file) must be a PDF, DOCX, DOC, JPG, JPEG, PNG, GIF, CSV, XLSX, XLS, MP4, MPEG, ZIP, RAR, TXT, SVG file, got "tool.exe"'],
    ['a file over 50 MB', '/f/big.mp4', { 'content-type': 'video/mp4', 'content-length': String(60 * 1024 * 1024) }, '"File" (file) is 60.0 MB; HighLevel takes files up to 50.0 MB'],
  ])('%s is refused after the download, before anything reaches HighLevel', async (_n, path, headers, message) => {
    zapierFile(path, PDF, headers);
    const calls = intercept('POST', '/forms/upload-custom-files', {});
    const err = await run('creates', 'uploadCustomFieldFile', { contactId: 'c1', customFieldId: 'cfConsent', file: `${FILES}${path}` }).then(() => new Error('no error'), (e: unknown) => e);
    expect(userMessage(err)).toBe(message);
    expect(calls).toEqual([]);
  });
});
