import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { appTester } from './harness';

/** A stand-in for the webhook relay (nock) and the hook triggers' operations, for the instant trigger tests. */
export const RELAY = 'https://relay.test';
export const HOOK = 'https://hooks.zapier.com/hooks/standard/1/abc/';

export type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
export interface HookOperation {
  performSubscribe: Fn;
  performUnsubscribe: Fn;
  perform: Fn;
  performList: Fn;
  sample: Record<string, unknown>;
  inputFields: { key: string; dynamic?: string }[];
  outputFields: unknown[];
}
export const hookOp = (key: string): HookOperation => (app.triggers as Record<string, { operation: HookOperation }>)[key]!.operation;
/** Run through the app (middleware included), with a fresh cache. */
export const call = (fn: Fn, b: Bundle) => appTester(fn, b, true) as Promise<unknown>;

export interface Seen { method: string; path: string; body: unknown; auth: string | undefined }
/** One relay answer; what the app sent is pushed to `seen` (returned). */
export function relay(method: string, path: string, status: number, body: unknown, seen: Seen[] = []): Seen[] {
  nock(RELAY)
    .intercept(path, method)
    .reply(function (_uri, reqBody) {
      seen.push({ method, path, body: reqBody === '' ? undefined : reqBody, auth: this.req.headers.authorization as string | undefined });
      return [status, body === undefined ? '' : JSON.stringify(body)];
    });
  return seen;
}

export const sub = (id: string, eventType: string) => ({ subscription: { id, eventType, targetHost: 'hooks.zapier.com', filters: {}, createdAt: '2026-01-01T00:00:00.000Z' } });

/** RELAY_URL set and the network closed for each test; both undone after it. */
export function useRelayStandIn(): void {
  beforeEach(() => {
    process.env.RELAY_URL = RELAY;
    nock.disableNetConnect();
  });
  afterEach(() => {
    delete process.env.RELAY_URL;
    nock.cleanAll();
  });
}
