import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { buildPath } from '../../src/client';
import { declaredEndpoints, isAgencyOnly, pathParams } from '../../src/endpoint';
import { endpointOf } from '../../src/operation';
import { unsafePathValueReason } from '../../src/path-safety';
import { hydrateRecording, hydrateTranscription } from '../../src/records/conversation';
import { allCases } from '../cases';
import { API, appTester, AUTH, resetNock, run, type OpKind } from '../support/harness';
import { userMessage } from '../support/table';

/**
 * A dot segment in an ID changed which record a request acted on ("Delete Contact Note" with
 * Note ID `..` sent DELETE /contacts/{contactId}/, deleting the contact). Every operation whose
 * endpoint has a path placeholder filled from an input is walked here, generically: `..` and
 * `%2e%2E` are refused with an error naming the field and no request at all.
 */

let sent: string[] = [];
beforeEach(() => {
  sent = [];
  for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) {
    nock(API)
      .persist()
      .intercept(/.*/, method)
      .reply(function (uri) {
        sent.push(`${this.req.method} ${uri}`);
        return [200, {}];
      });
  }
});
afterEach(resetNock);

interface PathCase {
  name: string;
  kind: OpKind;
  key: string;
  param: string;
  label: string;
  input: Record<string, unknown>;
  auth?: Record<string, string>;
}

type FieldLike = { key?: string; label?: string };

const AGENCY = { access_token: 'agency-token-123', refresh_token: 'agency-refresh', companyId: 'COMP9', userType: 'Company' };

/**
 * The inputs that end up in a request path: inputs named like a placeholder, and inputs whose
 * value an accepted case (from the request tables) sends as a path segment (modules that map an
 * input to a differently named placeholder in their request()).
 */
function pathCases(): PathCase[] {
  const out: PathCase[] = [];
  for (const kind of ['triggers', 'creates', 'searches'] as const) {
    for (const [key, op] of Object.entries(app[kind] as Record<string, { operation: { inputFields?: unknown[] } }>)) {
      const ep = endpointOf(op);
      if (!ep) continue;
      const fields = (op.operation.inputFields ?? []).filter((f): f is FieldLike => typeof f === 'object' && f !== null);
      const good = allCases.find((x) => x.op === `${kind}.${key}` && !x.error && x.calls.length > 0);
      const input = good?.input ?? {};
      const auth = good?.auth ?? (isAgencyOnly(ep) ? AGENCY : undefined);
      const segments = new Set((good?.calls ?? []).flatMap((call) => call.path.split('/').map((seg) => decodeURIComponent(seg))));
      const keys = new Set(pathParams(ep.path).filter((p) => fields.some((f) => f.key === p)));
      for (const [k, v] of Object.entries(input)) if (typeof v === 'string' && v && segments.has(v) && k !== 'agencyLocationId') keys.add(k);
      for (const param of keys) {
        const label = fields.find((f) => f.key === param)?.label ?? param;
        out.push({ name: `${kind}.${key} ${ep.method} ${ep.path} (${param})`, kind, key, param, label, input, ...(auth ? { auth } : {}) });
      }
    }
  }
  return out;
}

const cases = pathCases();

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return new Error('no error thrown');
};

test('the walk finds the operations with path IDs (Delete Contact Note, Delete Contact, ...)', () => {
  const names = cases.map((c) => `${c.kind}.${c.key}:${c.param}`);
  expect(names).toEqual(expect.arrayContaining(['creates.deleteContactNote:noteId', 'creates.deleteContact:contactId', 'searches.getContact:contactId']));
  expect(cases.length).toBeGreaterThan(80);
});

describe.each(['..', '%2e%2E', '\ud800x'])('path ID %j', (bad) => {
  test.each(cases.map((c) => [c.name, c] as const))('%s: refused, naming the field, nothing sent', async (_n, c) => {
    const err = await run(c.kind, c.key, { ...c.input, [c.param]: bad }, c.auth ? ({ authData: c.auth } as Partial<Bundle>) : {}).then(
      () => new Error('no error thrown'),
      (e: unknown) => e,
    );
    // The field type names the field by label and key; a text input caught by buildPath's backstop names its key.
    expect(userMessage(err)).toMatch(new RegExp(`^("${esc(c.label)}" \\(${c.param}\\)|"${c.param}") `));
    expect(userMessage(err)).not.toMatch(/URI malformed/);
    expect(sent).toEqual([]);
  });
});

test('buildPath refuses a dot segment in EVERY declared endpoint placeholder, whatever module built it', () => {
  const withParams = declaredEndpoints().filter((ep) => pathParams(ep.path).length > 0);
  expect(withParams.length).toBeGreaterThan(50);
  for (const ep of withParams) {
    for (const param of pathParams(ep.path)) {
      for (const bad of ['..', '%2e%2e', '.']) {
        const values = Object.fromEntries(pathParams(ep.path).map((p) => [p, p === param ? bad : 'ok1']));
        expect(userMessage(thrown(() => buildPath(ep, values)))).toMatch(new RegExp(`^"${param}" must be a HighLevel ID`));
      }
    }
  }
});

test('buildPath names the placeholder for a broken surrogate instead of a raw "URI malformed"', () => {
  const ep = declaredEndpoints().find((e) => e.path === '/contacts/{contactId}')!;
  expect(userMessage(thrown(() => buildPath(ep, { contactId: 'ab\udc00' })))).toMatch(/^"contactId" contains an invalid character/);
});

test('file references (recordings, transcriptions) with a dot segment are refused before any download', async () => {
  for (const hydrate of [hydrateRecording, hydrateTranscription]) {
    for (const messageId of ['..', '%2e%2e']) {
      const bundle = { authData: AUTH, inputData: { messageId, locationId: 'LOC123' } } as unknown as Bundle;
      const err = await appTester(hydrate as unknown as (z: ZObject, b: Bundle) => Promise<unknown>, bundle).catch((e: unknown) => e);
      expect(userMessage(err)).toMatch(/"messageId" must be a HighLevel ID/);
    }
  }
  expect(sent).toEqual([]);
});

test('the rule itself: ordinary IDs, emails and slugs pass; dot segments, separators and control characters do not', () => {
  for (const ok of ['IDqvFHGColiyK6jiatuz', 'ana@example.com', 'my-blog-post', 'a.b', '...', '%41']) expect(unsafePathValueReason(ok)).toBeNull();
  for (const bad of ['', ' ', '.', '..', ' .. ', '%2e', '%2E%2e', '%252E%252E', 'a/b', 'a%2fb', 'a\\b', 'a?b', 'a#b', 'a\nb', 'a\u0000b', '\ud83d', '\ude00x']) {
    expect(unsafePathValueReason(bad)).not.toBeNull();
  }
});
