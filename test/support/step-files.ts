import nock from 'nock';
import { decodeMultipart } from '../../sandbox/multipart';
import type { Captured } from './harness';

/** Files from earlier Zap steps, as Zapier's file storage serves them, and the multipart parts HighLevel received. */
export const FILES = 'https://zapier-dev-files.s3.amazonaws.com';
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Serve one file as Zapier's file storage would, recording the request headers. */
export function zapierFile(path: string, body: Buffer, headers: Record<string, string>, seen: Record<string, unknown>[] = []) {
  nock(FILES)
    .get(path)
    .reply(function () {
      seen.push({ ...this.req.headers });
      return [200, body, headers];
    });
  return seen;
}

/** The parts of a captured multipart request: name, file name, content type and text. */
export function formOf(c: Captured) {
  const raw = Buffer.from(String(c.body), 'utf8');
  return decodeMultipart(raw, String(c.headers['content-type'])).map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, text: p.data.toString('utf8') }));
}
