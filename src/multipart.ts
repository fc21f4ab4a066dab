import { randomBytes } from 'node:crypto';

/**
 * multipart/form-data bodies (HighLevel's file uploads), built as one Buffer so the shared
 * client sends them like any other body (retries resend the same bytes) and Zapier's core
 * leaves them alone (it only JSON-encodes plain objects).
 */
export interface FilePart {
  /** The form field name HighLevel reads the file from ("file", "fileAttachment"). */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface Multipart {
  /** Text fields; undefined ones are left out. */
  fields: Record<string, string | undefined>;
  files: FilePart[];
}

/** Quotes are not allowed inside a quoted name; line breaks would end the header. */
const quoted = (s: string): string => `"${s.replace(/["\r\n\\]/g, '_')}"`;

export function encodeMultipart(m: Multipart, boundary = `----HighLevelZapier${randomBytes(12).toString('hex')}`): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  const head = (lines: string[]) => chunks.push(Buffer.from(`--${boundary}\r\n${lines.join('\r\n')}\r\n\r\n`, 'utf8'));
  for (const [name, value] of Object.entries(m.fields)) {
    if (value === undefined) continue;
    head([`Content-Disposition: form-data; name=${quoted(name)}`]);
    chunks.push(Buffer.from(`${value}\r\n`, 'utf8'));
  }
  for (const file of m.files) {
    head([`Content-Disposition: form-data; name=${quoted(file.field)}; filename=${quoted(file.filename)}`, `Content-Type: ${file.contentType}`]);
    chunks.push(file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
