import path from 'node:path';
import { defaultVersion } from '../../src/api-version';
import type { ApiVersion, HttpMethod } from '../../src/endpoint';
import { runTable, type Call, type Case } from '../support/table';
import { SKIP_MESSAGE, specAvailable, specOps, specParams, specVersion, requiredBodyFields } from '../support/spec';

/**
 * API Request reaches every one of HighLevel's spec files: for each file, its first GET (or its
 * first endpoint where it has no GET) is called through the action and the exact request is
 * asserted (method, path, Version, query, body, token) and checked against the spec by the table.
 * Agency-only endpoints run on an agency connection with no Location: the agency token itself.
 */
const AGENCY = { access_token: 'agency-token-123', refresh_token: 'agency-refresh', companyId: 'COMP9', userType: 'Company' };
const REPLY = { ok: true, id: 'x1' };
const VERSIONS: readonly string[] = ['2021-07-28', '2021-04-15'];
const isVersion = (v: string): v is ApiVersion => VERSIONS.includes(v);

type SpecOp = ReturnType<typeof specOps>[number];

function sampleCase(o: SpecOp): Case {
  const method = o.method as HttpMethod;
  const concrete = o.template.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === 'locationId' ? 'LOC123' : `sample-${name}`));
  const query: Record<string, string> = {};
  for (const p of specParams(o)) {
    if (p.in === 'query' && p.required) query[p.name] = p.schema?.enum?.[0] ?? (p.name === 'locationId' ? 'LOC123' : `q-${p.name}`);
  }
  const body = method === 'GET' ? undefined : Object.fromEntries(requiredBodyFields(o).map((f) => [f, `b-${f}`]));
  const declared = specVersion(o);
  const version = declared ?? defaultVersion(method, concrete);
  if (!isVersion(version)) throw new Error(`${o.method} ${o.template}: unexpected Version ${version}`);
  const agency = JSON.stringify(o.op.security ?? []).includes('Agency-Access-Only');
  const call: Call = { method, path: concrete, version, query, ...(body ? { body } : {}), reply: { body: REPLY } };
  return {
    name: `${path.basename(o.file)}: ${o.method} ${o.template}${agency ? ' (agency token)' : ''}`,
    op: 'creates.apiRequest',
    input: { method, path: concrete, query, ...(body ? { body: JSON.stringify(body) } : {}) },
    ...(agency ? { auth: AGENCY, bearer: AGENCY.access_token } : {}),
    calls: [call],
    output: { status: 200, contentType: 'application/json', rawBody: JSON.stringify(REPLY), body__ok: true, body__id: 'x1' },
  };
}

/** One endpoint per spec file: its first GET, else its first endpoint. */
function samples(): Case[] {
  const byFile = new Map<string, SpecOp[]>();
  for (const o of specOps()) byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
  return [...byFile.values()].map((ops) => sampleCase(ops.find((o) => o.method === 'GET') ?? ops[0]!));
}

if (specAvailable) {
  const cases = samples();
  test('there is one sample for each of the 41 spec files', () => expect(cases).toHaveLength(41));
  runTable('API Request: one endpoint of every spec file', cases);
} else {
  test.skip(SKIP_MESSAGE, () => undefined);
}
