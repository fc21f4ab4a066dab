import fs from 'node:fs';
import path from 'node:path';

/**
 * Conformance against HighLevel's official OpenAPI specs (the team keeps them next to the
 * project, in ../shared/ghl-api; read in place, never copied into the project). Where they are
 * absent (a user's fresh clone) the conformance checks are skipped: each file that has them marks
 * that with one skipped test titled SKIP_MESSAGE ("because ..."), and test/support/summary-reporter.js prints ONE
 * line for the whole run saying what was skipped and why.
 */
export const SPEC_DIR = process.env.HIGHLEVEL_SPEC_DIR ?? path.resolve(__dirname, '../../../shared/ghl-api');
export const specAvailable = fs.existsSync(path.join(SPEC_DIR, 'apps'));
/** The title of the one skipped test that marks a file's spec checks as not run (see summary-reporter.js). */
export const SKIP_MESSAGE = `because HighLevel's OpenAPI specs are not at ${SPEC_DIR}/apps: the endpoint and sandbox route checks, the checks against the catalog and the webhook event docs kept with them, and the spec check of every request the other tests send. Set HIGHLEVEL_SPEC_DIR to a folder holding the specs (apps/*.json) to run them`;

/**
 * Marks the file's checks that need `file` (a reference file kept next to the specs: the catalog,
 * the webhook event docs) as not run, with the one skipped test the summary reporter counts:
 * under SKIP_MESSAGE when the specs are absent too (a clone without them reads ONE line), else
 * under a line naming the missing file. Call it only when `file` is absent.
 */
export function markSkipped(file: string, checks: string): void {
  test.skip(specAvailable ? `because ${file} is not there: ${checks}` : SKIP_MESSAGE, () => undefined);
}

type Json = Record<string, unknown>;
interface SpecOp {
  file: string;
  method: string;
  template: string;
  regex: RegExp;
  literalSegments: number;
  op: Json;
  doc: Json;
}

let cache: SpecOp[] | null = null;
const docs = new Map<string, Json>();

function load(file: string): Json {
  let d = docs.get(file);
  if (!d) {
    d = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    docs.set(file, d);
  }
  return d;
}

export function specOps(): SpecOp[] {
  if (cache) return cache;
  cache = [];
  const appsDir = path.join(SPEC_DIR, 'apps');
  for (const name of fs.readdirSync(appsDir).filter((n) => n.endsWith('.json'))) {
    const file = path.join(appsDir, name);
    const doc = load(file);
    for (const [template, methods] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
      const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+')}$`);
      const literalSegments = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      for (const [method, op] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
        cache.push({ file, method: method.toUpperCase(), template, regex, literalSegments, op: op as Json, doc });
      }
    }
  }
  return cache;
}

/** The spec operation for a method and template (as the app declares it). */
export function findByTemplate(method: string, template: string): SpecOp | undefined {
  return specOps().find((o) => o.method === method && o.template === template);
}

/** The spec operation a concrete request path hits; literal segments win over placeholders. */
export function findByPath(method: string, concretePath: string): SpecOp | undefined {
  const hits = specOps().filter((o) => o.method === method && o.regex.test(concretePath));
  return hits.sort((a, b) => b.literalSegments - a.literalSegments)[0];
}

function resolveRef(ref: string, fromFile: string): { schema: Json; file: string } {
  const [filePart, pointer = ''] = ref.split('#');
  const file = filePart ? path.resolve(path.dirname(fromFile), filePart) : fromFile;
  let node: unknown = load(file);
  for (const key of pointer.split('/').filter(Boolean)) node = (node as Json)[key];
  return { schema: node as Json, file };
}

interface Param {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: string[] };
}

export const specParams = (o: SpecOp): Param[] => ((o.op.parameters ?? []) as Param[]);

export function specVersion(o: SpecOp): string | undefined {
  return specParams(o).find((p) => p.in === 'header' && p.name === 'Version')?.schema?.enum?.[0];
}

export function requiredBodyFields(o: SpecOp): string[] {
  const content = ((o.op.requestBody as Json | undefined)?.content ?? {}) as Record<string, { schema?: Json }>;
  let schema = content['application/json']?.schema;
  let file = o.file;
  if (schema && typeof schema.$ref === 'string') ({ schema, file } = resolveRef(schema.$ref, file));
  void file;
  return ((schema?.required ?? []) as string[]).slice();
}

export const specScopes = (o: SpecOp): string[] =>
  ((o.op.security ?? []) as Record<string, string[]>[]).flatMap((s) => Object.values(s).flat());

/**
 * Body fields a spec marks required that the app deliberately does not send (spec defects; the
 * reason is in the operation's module). POST /conversations/messages: `subType` and `status`
 * describe a recorded message, not a send request (src/records/sent-message.ts).
 */
const SPEC_REQUIRED_NOT_SENT: Record<string, string[]> = { 'POST /conversations/messages': ['subType', 'status'] };

/** Problems of one captured request against the spec; empty when it conforms. */
export function conformanceProblems(req: {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  headers: Record<string, unknown>;
}): string[] {
  const o = findByPath(req.method, req.path);
  if (!o) return [`${req.method} ${req.path}: no such operation in the spec`];
  const problems: string[] = [];
  const version = specVersion(o);
  const sent = req.headers.version ?? req.headers.Version;
  if (version && sent !== version) problems.push(`${req.method} ${o.template}: Version ${String(sent)} but the spec says ${version}`);
  for (const p of specParams(o)) {
    if (p.in === 'query' && p.required && (req.query[p.name] === undefined || req.query[p.name] === '')) {
      problems.push(`${req.method} ${o.template}: required query parameter ${p.name} missing`);
    }
  }
  const body = (req.body ?? {}) as Json;
  const notSent = SPEC_REQUIRED_NOT_SENT[`${o.method} ${o.template}`] ?? [];
  for (const field of requiredBodyFields(o).filter((f) => !notSent.includes(f))) {
    if (body[field] === undefined) problems.push(`${req.method} ${o.template}: required body field ${field} missing`);
  }
  return problems;
}
