import nock from 'nock';
import type { Bundle } from 'zapier-platform-core';
import app from '../../index';
import { isAgencyOnly, pathParams } from '../../src/endpoint';
import { endpointOf } from '../../src/operation';
import { allCases } from '../cases';
import { API, resetNock, run, type OpKind } from '../support/harness';
import { userMessage } from '../support/table';

/**
 * Shared by the path-safety tests (split in files: Zapier's test runner exits a process after
 * 250 runs when memory is high). A dot segment in an ID changed which record a request acted on
 * ("Delete Contact Note" with Note ID `..` sent DELETE /contacts/{contactId}/, deleting the contact). Every operation whose
 * endpoint has a path placeholder filled from an input is walked here, generically: `..` and
 * `%2e%2E` are refused with an error naming the field and no request at all.
 */

/** Requests that reached the network (nothing may). */
export const sent: string[] = [];
export function catchAll(): void {
  beforeEach(() => {
    sent.length = 0;
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
}

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

export const cases = pathCases();

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return new Error('no error thrown');
};

export function walk(bad: string): void {
  describe(`path ID ${JSON.stringify(bad)}`, () => {
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
}
