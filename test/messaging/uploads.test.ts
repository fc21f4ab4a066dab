import nock from 'nock';
import { intercept, resetNock, run } from '../support/harness';
import { conformanceProblems, specAvailable } from '../support/spec';
import { FILES, formOf, PDF, zapierFile } from '../support/step-files';
import { userMessage } from '../support/table';

/**
 * The uploads: a file from an earlier Zap step (the URL Zapier gives a file field) is downloaded
 * WITHOUT the HighLevel token and sent to HighLevel as multipart/form-data with the spec's field
 * names, through the shared client (Version header, bearer token). Oversized files, file types
 * HighLevel refuses and failed downloads stop before anything reaches HighLevel.
 */
afterEach(resetNock);

test('Upload Message Attachment sends the step\'s file as fileAttachment with the conversation, contact and location', async () => {
  const seen = zapierFile('/cli-platform/abc/brochure.pdf', PDF, { 'content-type': 'application/pdf' });
  const calls = intercept('POST', '/conversations/messages/upload', { body: { uploadedFiles: { 'brochure.pdf': 'https://storage.googleapis.com/msgsndr/LOC123/brochure.pdf' } } });
  const out = await run('creates', 'uploadMessageAttachment', { contactId: 'c1', conversationId: 'cv1', file: `${FILES}/cli-platform/abc/brochure.pdf` });
  expect(out).toEqual({ url: 'https://storage.googleapis.com/msgsndr/LOC123/brochure.pdf', urls: ['https://storage.googleapis.com/msgsndr/LOC123/brochure.pdf'] });
  expect(seen).toHaveLength(1);
  expect(seen[0]!.authorization).toBeUndefined();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.headers).toMatchObject({ version: '2021-04-15', authorization: 'Bearer test-access-token-abc' });
  expect(String(calls[0]!.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=----HighLevelZapier[0-9a-f]{24}$/);
  expect(formOf(calls[0]!)).toEqual([
    { name: 'conversationId', filename: undefined, contentType: undefined, text: 'cv1' },
    { name: 'contactId', filename: undefined, contentType: undefined, text: 'c1' },
    { name: 'locationId', filename: undefined, contentType: undefined, text: 'LOC123' },
    { name: 'fileAttachment', filename: 'brochure.pdf', contentType: 'application/pdf', text: PDF.toString('utf8') },
  ]);
  if (specAvailable) expect(conformanceProblems(calls[0]!)).toEqual([]);
});

test('the File Name input renames the upload; the Content-Disposition name wins over the URL', async () => {
  zapierFile('/x/9f2c', PDF, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="Spring Catalogue.pdf"' });
  const calls = intercept('POST', '/conversations/messages/upload', { body: { uploadedFiles: { a: 'https://storage.example.com/a.pdf' } } });
  await run('creates', 'uploadMessageAttachment', { contactId: 'c1', conversationId: 'cv1', file: `${FILES}/x/9f2c` });
  expect(formOf(calls[0]!).find((p) => p.name === 'fileAttachment')?.filename).toBe('Spring Catalogue.pdf');

  zapierFile('/x/9f2c', PDF, { 'content-type': 'application/pdf' });
  intercept('POST', '/conversations/messages/upload', { body: { uploadedFiles: { a: 'https://storage.example.com/a.pdf' } } }, calls);
  await run('creates', 'uploadMessageAttachment', { contactId: 'c1', conversationId: 'cv1', file: `${FILES}/x/9f2c`, fileName: 'catalogue.pdf' });
  expect(formOf(calls[1]!).find((p) => p.name === 'fileAttachment')?.filename).toBe('catalogue.pdf');
});

test.each([
  ['a file type HighLevel refuses', '/f/tool.exe', { 'content-type': 'application/octet-stream' }, /"File" \(file\) must be a JPG, JPEG, PNG, MP4, MPEG, ZIP, RAR, PDF, DOC, DOCX, TXT, MP3, WAV file, got "tool.exe"/],
  ['a file over 25 MB', '/f/big.mp4', { 'content-type': 'video/mp4', 'content-length': String(30 * 1024 * 1024) }, /"File" \(file\) is 30\.0 MB; HighLevel takes files up to 25\.0 MB/],
])('%s is refused after the download, before anything reaches HighLevel', async (_n, path, headers, error) => {
  zapierFile(path, PDF, headers);
  const calls = intercept('POST', '/conversations/messages/upload', {});
  const err = await run('creates', 'uploadMessageAttachment', { contactId: 'c1', conversationId: 'cv1', file: `${FILES}${path}` }).then(() => new Error('no error'), (e: unknown) => e);
  expect(userMessage(err)).toMatch(error);
  expect(calls).toEqual([]);
});

test('a file Zapier cannot serve is an error naming the field, nothing sent to HighLevel', async () => {
  nock(FILES).get('/gone.pdf').reply(403, 'AccessDenied');
  const calls = intercept('POST', '/conversations/messages/upload', {});
  const err = await run('creates', 'uploadMessageAttachment', { contactId: 'c1', conversationId: 'cv1', file: `${FILES}/gone.pdf` }).then(() => new Error('no error'), (e: unknown) => e);
  expect(userMessage(err)).toBe('"File" (file): the file could not be downloaded from Zapier (HTTP 403).');
  expect(calls).toEqual([]);
});

test('Upload File to Media Library sends the file under `file`, with its name and folder (Version 2021-07-28)', async () => {
  const seen = zapierFile('/cli-platform/xyz/consent.pdf', PDF, { 'content-type': 'application/pdf' });
  const calls = intercept('POST', '/medias/upload-file', { body: { fileId: 'f9', url: 'https://storage.googleapis.com/msgsndr/LOC123/media/signed-consent.pdf' } });
  const out = await run('creates', 'uploadMediaFile', { file: `${FILES}/cli-platform/xyz/consent.pdf`, name: 'signed-consent.pdf', parentId: 'fold1' });
  expect(out).toEqual({ id: 'f9', url: 'https://storage.googleapis.com/msgsndr/LOC123/media/signed-consent.pdf' });
  expect(seen[0]!.authorization).toBeUndefined();
  expect(calls[0]!.headers).toMatchObject({ version: '2021-07-28', authorization: 'Bearer test-access-token-abc' });
  expect(formOf(calls[0]!)).toEqual([
    { name: 'name', filename: undefined, contentType: undefined, text: 'signed-consent.pdf' },
    { name: 'parentId', filename: undefined, contentType: undefined, text: 'fold1' },
    { name: 'file', filename: 'signed-consent.pdf', contentType: 'application/pdf', text: PDF.toString('utf8') },
  ]);
  if (specAvailable) expect(conformanceProblems(calls[0]!)).toEqual([]);
});

test('a media file over 25 MB is refused before the upload', async () => {
  zapierFile('/f/huge.mov', PDF, { 'content-type': 'video/quicktime', 'content-length': String(26 * 1024 * 1024) });
  const calls = intercept('POST', '/medias/upload-file', {});
  const err = await run('creates', 'uploadMediaFile', { file: `${FILES}/f/huge.mov` }).then(() => new Error('no error'), (e: unknown) => e);
  expect(userMessage(err)).toBe('"File" (file) is 26.0 MB; HighLevel takes files up to 25.0 MB');
  expect(calls).toEqual([]);
});
