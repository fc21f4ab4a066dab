import nock from 'nock';
import { createAppTester, type Bundle, type ZObject } from 'zapier-platform-core';
import app from '../../index';
import { timing } from '../../src/client';
import { DEFAULT_API_BASE_URL } from '../../src/config';

export const API = DEFAULT_API_BASE_URL;
export const appTester = createAppTester(app);

/** A connected location, as the token exchange leaves it in authData. */
export const AUTH = {
  access_token: 'test-access-token-abc',
  refresh_token: 'test-refresh-token-xyz',
  locationId: 'LOC123',
  companyId: 'COMP9',
  userType: 'Location',
};

export interface Captured {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Intercept one call and record what was really sent, so a test asserts the exact request
 * (and gets a readable diff) instead of relying on nock's matching alone.
 */
export function intercept(method: string, path: string, reply: Reply = {}, into: Captured[] = []): Captured[] {
  nock(API)
    .intercept((p) => p.split('?')[0] === path, method)
    .query(true)
    .reply(function (uri, body) {
      const url = new URL(uri, API);
      const query: Record<string, string | string[]> = {};
      for (const k of new Set(url.searchParams.keys())) {
        const all = url.searchParams.getAll(k);
        query[k] = all.length > 1 ? all : all[0]!;
      }
      let parsed: unknown = body;
      if (typeof body === 'string' && body.length) {
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = body;
        }
      }
      into.push({ method: this.req.method, path: url.pathname, query, body: parsed === '' ? undefined : parsed, headers: this.req.headers });
      return [reply.status ?? 200, reply.body === undefined ? {} : (reply.body as nock.Body), reply.headers ?? {}];
    });
  return into;
}

export type OpKind = 'triggers' | 'creates' | 'searches';

export function bundle(inputData: Record<string, unknown> = {}, extra: Partial<Bundle> = {}): Bundle {
  return { authData: { ...AUTH }, inputData, meta: {}, ...extra } as unknown as Bundle;
}

/** Run an operation's perform through the app (with its middleware), as Zapier would. */
export async function run(kind: OpKind, key: string, inputData: Record<string, unknown> = {}, extra: Partial<Bundle> = {}) {
  const op = (app[kind] as Record<string, { operation: { perform: unknown } }>)[key];
  if (!op) throw new Error(`No ${kind}.${key} in the app`);
  const perform = op.operation.perform as (z: ZObject, b: Bundle) => Promise<unknown>;
  return appTester(perform, bundle(inputData, extra), true) as Promise<unknown>;
}

/** Replace sleeping with a recorder, so retry tests take no time and can assert the delays. */
export function recordSleeps(): number[] {
  const slept: number[] = [];
  timing.sleep = async (ms: number) => {
    slept.push(ms);
  };
  timing.jitter = () => 0;
  return slept;
}

export function resetNock(): void {
  nock.cleanAll();
}
