import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Bundle, ZObject } from 'zapier-platform-core';

/**
 * z.cache, scoped to the connection. Zapier's cache is shared by ALL users of an integration
 * unless an entry is scoped: core 19's z.cache.get/set/delete take a `scope` argument (['auth']:
 * the connection; see zapier-platform-core src/tools/create-cache.js, which validates it and
 * passes it to Zapier's cache RPC). Its TypeScript declaration omits the argument on get/delete,
 * hence the wider interface below. Keys also carry company and location, so an entry can only be
 * read back by the same connection for the same sub-account.
 *
 * Where z.cache is unavailable (local runs without Zapier's RPC) every call is a miss / a no-op.
 */
const SCOPE = ['auth'];

interface ScopedCacheApi {
  get(key: string, scope: string[]): Promise<unknown>;
  set(key: string, value: unknown, ttl: number, scope: string[]): Promise<unknown>;
  delete(key: string, scope: string[]): Promise<unknown>;
}

const api = (z: ZObject): ScopedCacheApi => z.cache as unknown as ScopedCacheApi;

/** `<kind>:<company>:<location>:<rest...>`: the tenant is part of every key. */
export function tenantKey(bundle: Bundle, kind: string, location: string, ...rest: string[]): string {
  const company = String(bundle.authData?.companyId ?? '-');
  return [kind, company, location, ...rest].join(':');
}

export async function cacheGet(z: ZObject, key: string): Promise<unknown> {
  try {
    return (await api(z).get(key, SCOPE)) ?? null;
  } catch {
    return null;
  }
}

export async function cacheSet(z: ZObject, key: string, value: unknown, ttlSeconds: number): Promise<void> {
  try {
    // A JSON copy: Zapier's cache refuses a value that holds one object twice (it reports it as
    // circular), as record rows can (their shared empty lists).
    await api(z).set(key, JSON.parse(JSON.stringify(value)) as unknown, Math.max(1, Math.floor(ttlSeconds)), SCOPE);
  } catch {
    /* no cache here */
  }
}

export async function cacheDelete(z: ZObject, key: string): Promise<void> {
  try {
    await api(z).delete(key, SCOPE);
  } catch {
    /* no cache here */
  }
}

/**
 * Secrets kept in the cache are sealed with AES-256-GCM under a key derived from another secret
 * the reader must already hold (the old refresh token, the agency's access token), so a cache
 * entry alone is useless. `keyName` hashes the secret for the entry's key: the secret itself is
 * never part of a key.
 */
const derive = (secret: string, purpose: string): Buffer => createHash('sha256').update(`highlevel:${purpose}:${secret}`).digest();

export const keyName = (secret: string): string => derive(secret, 'name').toString('hex').slice(0, 32);

export function seal(secret: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(secret, 'seal'), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
}

/** The sealed value, or null when it was sealed under another secret, altered, or is not sealed. */
export function unseal(secret: string, sealed: unknown): unknown {
  if (typeof sealed !== 'string') return null;
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64'));
  if (!iv || !tag || !data || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', derive(secret, 'seal'), iv);
    decipher.setAuthTag(tag);
    return JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8'));
  } catch {
    return null;
  }
}
