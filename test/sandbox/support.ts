import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';

/**
 * Helpers for the sandbox tests: each test starts its own sandbox on a free 127.0.0.1 port and
 * stops it, and talks to it over real HTTP with Node's fetch.
 */

export type Json = Record<string, unknown>;

export interface Answer<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  /** Bearer token; null sends none. Default: a token issued for the demo location. */
  token?: string | null;
  /** Version header; null sends none. Default: 2021-04-15 for /calendars and /conversations, else 2021-07-28. */
  version?: string | null;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  form?: Record<string, string>;
}

const tokens = new WeakMap<Sandbox, string>();

export function tokenFor(sb: Sandbox): string {
  let t = tokens.get(sb);
  if (!t) {
    t = sb.issueTokens().access_token;
    tokens.set(sb, t);
  }
  return t;
}

export async function call<T = Json>(sb: Sandbox, method: string, path: string, opts: CallOptions = {}): Promise<Answer<T>> {
  const url = new URL(sb.url + path);
  for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = opts.token === undefined ? tokenFor(sb) : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const version = opts.version === undefined ? (/^\/(calendars|conversations)\b/.test(path) ? '2021-04-15' : '2021-07-28') : opts.version;
  if (version !== null) headers.Version = version;
  let body: string | undefined;
  if (opts.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(opts.form).toString();
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(url, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : {}) as T };
}

/** Runs `fn` with a fresh sandbox and always stops it. */
export async function withSandbox<T>(opts: SandboxOptions, fn: (sb: Sandbox) => Promise<T>): Promise<T> {
  const sb = await startSandbox(opts);
  try {
    return await fn(sb);
  } finally {
    await sb.stop();
  }
}

export const RATE_HEADERS = [
  'x-ratelimit-max',
  'x-ratelimit-remaining',
  'x-ratelimit-interval-milliseconds',
  'x-ratelimit-limit-daily',
  'x-ratelimit-daily-remaining',
];

export interface ContactShape {
  id: string;
  locationId: string;
  firstName?: string;
  email?: string;
  phone?: string;
  tags: string[];
  customFields: { id: string; value: unknown }[];
  dateAdded: string;
  dateUpdated: string;
  searchAfter?: (string | number | null)[];
}
