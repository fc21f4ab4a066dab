import { locationId } from '../../src/client';
import { contactField } from '../../src/common-fields';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { defineResult, isRecord, scalarText, wrong, type Coercion } from '../../src/record-table';
import { conversationField } from '../../src/records/conversation';
import { uploadAttachmentEndpoint } from '../../src/records/message-record';
import { downloadStepFile, fileField, requireFileType } from '../../src/step-file';

/** The file types HighLevel takes as message attachments (the endpoint's description). */
const ALLOWED = ['jpg', 'jpeg', 'png', 'mp4', 'mpeg', 'zip', 'rar', 'pdf', 'doc', 'docx', 'txt', 'mp3', 'wav'];
/** HighLevel documents no size limit here (it answers 413 beyond its own); the media library's 25 MB bounds what a step holds in memory. */
const MAX_BYTES = 25 * 1024 * 1024;

/** `uploadedFiles` is an object of file name -> URL in the answer. */
const urlsOf: Coercion<string[]> = { list: true, empty: [], read: (v) => (isRecord(v) ? { value: Object.values(v).map(scalarText).filter((s): s is string => s !== null) } : wrong(v)) };
const SAMPLE_URL = 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/brochure.pdf';

const uploadResult = defineResult(
  { urls: { label: 'Attachment URLs', type: urlsOf, from: 'uploadedFiles', sample: [SAMPLE_URL] } },
  { name: 'the upload', what: 'the attachment upload' },
);

/**
 * Upload Message Attachment: POST /conversations/messages/upload, multipart with the file under
 * `fileAttachment` and the conversation, contact and location as form fields. The file comes
 * from an earlier Zap step (src/step-file.ts). HighLevel answers the stored file's URL, which
 * Send SMS / Send Email / Send Message take in Attachment URLs. The spec also lists
 * `attachmentUrls` as required; that is the answer's content, not an input, so it is not sent.
 */
export default defineAction({
  key: 'uploadMessageAttachment',
  noun: 'Attachment',
  label: 'Upload Message Attachment',
  description: 'Uploads a file from an earlier step (PDF, image, audio, video, document) to a contact\'s conversation and returns its URL, to attach with Send SMS, Send Email or Send Message.',
  endpoint: uploadAttachmentEndpoint,
  inputs: {
    contactId: contactField(),
    conversationId: conversationField('The contact\'s conversation. Pick one, or map a Conversation ID (Search Conversations, Create Conversation).'),
    file: fileField({ label: 'File', required: true, helpText: 'The file to upload: map a file from an earlier step. Allowed: JPG, JPEG, PNG, MP4, MPEG, ZIP, RAR, PDF, DOC, DOCX, TXT, MP3, WAV; up to 25 MB.' }),
    fileName: f.text({ label: 'File Name', helpText: 'The name to store it under, with its extension (e.g. `brochure.pdf`). Leave blank to keep the file\'s own name.' }),
  },
  request: async (i, { z, bundle }) => {
    const loc = locationId(bundle);
    const part = await downloadStepFile(z, i.file, { key: 'file', label: 'File' }, { maxBytes: MAX_BYTES, uploadField: 'fileAttachment', name: i.fileName });
    requireFileType(part, ALLOWED, Boolean(i.fileName));
    return { multipart: { fields: { conversationId: i.conversationId, contactId: i.contactId, locationId: loc }, files: [part] } };
  },
  output: (body, ctx) => {
    const out = uploadResult.output(body, ctx);
    return { url: out.urls[0] ?? null, urls: out.urls };
  },
  sample: { url: SAMPLE_URL, ...uploadResult.sample },
  outputFields: [{ key: 'url', label: 'Attachment URL' }, ...uploadResult.outputFields],
});
