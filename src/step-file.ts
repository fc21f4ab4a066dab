import { z as zod } from 'zod';
import { errors, type ZObject } from 'zapier-platform-core';
import { invalidInput } from './errors';
import { spec, type Base, type FieldSpec } from './fields';
import type { FilePart } from './multipart';

/**
 * Files from earlier Zap steps. A `type: 'file'` input gets, from Zapier, a URL of the file
 * (a file output of an earlier step, hydrated by Zapier; a URL the user maps, which Zapier
 * fetches for file fields; plain text, which Zapier turns into a .txt file). The step downloads
 * that URL with z.request WITHOUT the HighLevel token (`noAuth`: the token must never leave for
 * another host) and sends the bytes to HighLevel as multipart, through the shared client.
 * Only http(s) URLs are accepted; anything else is refused naming the field, before any request.
 */
export function fileField(o: Base & { required: true }): FieldSpec<string> {
  return spec(o, { type: 'file' }, () =>
    zod
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a file from an earlier step') })
      .refine((s) => /^https?:\/\/[^\s/]+/i.test(s), { error: (iss) => `must be a file from an earlier step (Zapier gives it as an http(s) URL), got "${String(iss.input).slice(0, 80)}"` }),
  );
}

/** The file name of a download: Content-Disposition, else the URL's last segment, else `fallback`. */
export function fileNameOf(disposition: string | null, url: string, fallback: string): string {
  const star = disposition ? /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1] : undefined;
  const plain = disposition ? /filename="?([^";]+)"?/i.exec(disposition)?.[1] : undefined;
  let name = star ? safeDecode(star.trim()) : plain?.trim();
  if (!name) {
    try {
      name = safeDecode(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
    } catch {
      name = '';
    }
  }
  return name || fallback;
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * Download the file a file input holds. Fails, naming the field, when the URL answers an error
 * or the file is larger than `maxBytes` (HighLevel's limit for the upload).
 */
export async function downloadStepFile(
  z: ZObject,
  url: string,
  fieldName: { key: string; label: string },
  o: { maxBytes: number; uploadField: string; name?: string },
): Promise<FilePart> {
  const resp = await z.request({ url, method: 'GET', raw: true, skipThrowForStatus: true, middlewareData: { noAuth: true } } as Parameters<ZObject['request']>[0]);
  if (resp.status < 200 || resp.status >= 300) {
    throw new errors.Error(`"${fieldName.label}" (${fieldName.key}): the file could not be downloaded from Zapier (HTTP ${resp.status}).`, 'InvalidInput', 400);
  }
  const raw = resp as unknown as { buffer(): Promise<Buffer>; headers: { get(name: string): string | null } };
  const declared = Number(raw.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > o.maxBytes) throw tooLarge(fieldName, declared, o.maxBytes);
  const data = await raw.buffer();
  if (data.length > o.maxBytes) throw tooLarge(fieldName, data.length, o.maxBytes);
  const contentType = raw.headers.get('content-type')?.split(';')[0]?.trim() || 'application/octet-stream';
  return { field: o.uploadField, filename: o.name ?? fileNameOf(raw.headers.get('content-disposition'), url, 'file'), contentType, data };
}

/**
 * The file's type, by its name's extension, among the types HighLevel takes for an upload;
 * refused naming the File Name input when one renamed it, else the File input.
 */
export function requireFileType(part: FilePart, allowed: readonly string[], renamed: boolean): void {
  const ext = /\.([a-z0-9]+)$/i.exec(part.filename)?.[1]?.toLowerCase();
  if (ext && allowed.includes(ext)) return;
  throw invalidInput(renamed ? { key: 'fileName', label: 'File Name' } : { key: 'file', label: 'File' }, `must be a ${allowed.join(', ').toUpperCase()} file, got "${part.filename}"`);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (f: { key: string; label: string }, size: number, max: number) =>
  invalidInput(f, `is ${mb(size)}; HighLevel takes files up to ${mb(max)}`);
