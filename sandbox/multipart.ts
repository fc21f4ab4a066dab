/** A part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Read a multipart/form-data body into its parts (the upload routes; tests read what the app sent with it). */
export function decodeMultipart(body: Buffer, contentType: string): FormPart[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary.trim()}`);
  const parts: FormPart[] = [];
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) break;
    const headers = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
    parts.push({ name, ...(filename !== undefined ? { filename } : {}), ...(type ? { contentType: type } : {}), data: part.subarray(split + 4) });
    pos = next;
  }
  return parts;
}

/** Text fields and files of a multipart body, as the upload routes read them. */
export function formOf(parts: FormPart[]): { fields: Record<string, string>; files: FormPart[] } {
  const fields: Record<string, string> = {};
  const files: FormPart[] = [];
  for (const p of parts) {
    if (p.filename !== undefined) files.push(p);
    else fields[p.name] = p.data.toString('utf8');
  }
  return { fields, files };
}

/** The parts of a multipart request as the server's parser leaves them in the body (`{ multipart: [...] }`). */
export const partsOf = (raw: Record<string, unknown>): FormPart[] => (Array.isArray(raw.multipart) ? (raw.multipart as FormPart[]) : []);
