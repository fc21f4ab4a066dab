import nock from 'nock';
import type { Bundle } from 'zapier-platform-core';
import { intercept, resetNock, run, type Captured, type OpKind, type Reply } from './harness';
import { conformanceProblems, SKIP_MESSAGE, specAvailable } from './spec';

/** One expected HTTP call of a case: the exact request, and what HighLevel answers. */
export interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  version: '2021-07-28' | '2021-04-15';
  query?: Record<string, string | string[]>;
  /** Exact JSON body; omit for calls without a body. */
  body?: unknown;
  reply?: Reply;
}

export interface Case {
  name: string;
  op: `${OpKind}.${string}`;
  input?: Record<string, unknown>;
  meta?: Partial<Bundle['meta']>;
  /** authData other than the default sub-account connection (e.g. an agency connection). */
  auth?: Record<string, string>;
  /** The bearer token the requests must carry (defaults to the default connection's). */
  bearer?: string;
  calls: Call[];
  /** The exact output, or a thrown error matching this pattern. */
  output?: unknown;
  error?: RegExp;
}

/** What the Zap history shows: Zapier's app errors carry their message as JSON {message, code, status}. */
export function userMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  try {
    const parsed = JSON.parse(raw) as { message?: unknown };
    return typeof parsed.message === 'string' ? parsed.message : raw;
  } catch {
    return raw;
  }
}

/**
 * Run a table: each case's requests are asserted exactly (method, path, query, body, Version,
 * bearer token) in order, every call is checked against the official spec, and the output (or
 * error) is asserted. A case with no calls proves that nothing is sent.
 */
export function runTable(title: string, cases: Case[]): void {
  describe(title, () => {
    afterEach(resetNock);
    let unmatched = 0;
    const onNoMatch = () => unmatched++;
    beforeAll(() => nock.emitter.on('no match', onNoMatch));
    afterAll(() => nock.emitter.removeListener('no match', onNoMatch));
    beforeEach(() => (unmatched = 0));

    test.each(cases.map((c) => [`${c.op}: ${c.name}`, c] as const))('%s', async (_n, c) => {
      const captured: Captured[] = [];
      for (const call of c.calls) intercept(call.method, call.path, call.reply, captured);
      const [kind, key] = c.op.split('.') as [OpKind, string];
      const extra: Partial<Bundle> = { ...(c.meta ? { meta: c.meta as Bundle['meta'] } : {}), ...(c.auth ? { authData: c.auth } : {}) };
      const result = run(kind, key, c.input ?? {}, extra);
      if (c.error) expect(userMessage(await result.then(() => new Error('no error thrown'), (e: unknown) => e))).toMatch(c.error);
      else {
        const out = await result;
        if (c.output !== undefined) expect(out).toEqual(c.output);
      }
      expect(captured.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual(
        c.calls.map(({ method, path, query, body }) => ({ method, path, query: query ?? {}, body })),
      );
      for (const [i, got] of captured.entries()) {
        expect(got.headers.version).toBe(c.calls[i]!.version);
        expect(got.headers.authorization).toBe(`Bearer ${c.bearer ?? 'test-access-token-abc'}`);
        if (got.body !== undefined) expect(got.headers['content-type']).toBe('application/json');
        if (specAvailable) expect(conformanceProblems(got)).toEqual([]);
      }
      expect(unmatched).toBe(0);
      expect(nock.pendingMocks()).toEqual([]);
    });
    if (!specAvailable) test.skip(SKIP_MESSAGE, () => undefined);
  });
}
