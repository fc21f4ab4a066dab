/**
 * Proves a subscriber's HighLevel token reaches the tenant it names, with ONE HighLevel call:
 * GET /locations/{id} (a sub-account token) or GET /companies/{id} (an agency token), the same
 * calls the Zapier app's connection test makes. The token is never stored: a successful proof is
 * cached briefly under a hash of (token, tenant).
 */
import { createHash } from 'node:crypto';
import type { TenantScope } from './contract';
import type { Tenant } from './store/types';

export type Proof = { ok: true; tenant: Tenant; companyId?: string } | { ok: false; status: 401 | 502; message: string };

export interface TenantAuthOptions {
  baseUrl: string;
  cacheMs: number;
  timeoutMs?: number;
  now?: () => number;
}

const MAX_CACHE = 10_000;

export function createTenantAuth(opts: TenantAuthOptions) {
  const cache = new Map<string, { until: number; proof: Proof & { ok: true } }>();
  const now = opts.now ?? Date.now;

  return async function prove(token: string, scope: TenantScope, id: string): Promise<Proof> {
    const key = createHash('sha256').update(`${scope}\n${id}\n${token}`).digest('hex');
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.proof;
    const path = scope === 'locations' ? `/locations/${encodeURIComponent(id)}` : `/companies/${encodeURIComponent(id)}`;
    let res: Response;
    try {
      res = await fetch(`${opts.baseUrl}${path}`, {
        headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28', Accept: 'application/json' },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
        redirect: 'error',
      });
    } catch {
      return { ok: false, status: 502, message: 'HighLevel could not be reached to check the token' };
    }
    const kind = scope === 'locations' ? 'location' : 'company';
    if (res.status === 401 || res.status === 403 || res.status === 404 || res.status === 400 || res.status === 422) {
      await res.body?.cancel();
      return { ok: false, status: 401, message: `HighLevel did not accept the token for ${kind} ${id}` };
    }
    if (!res.ok) {
      await res.body?.cancel();
      return { ok: false, status: 502, message: `HighLevel answered ${res.status} when checking the token` };
    }
    const body: unknown = await res.json().catch(() => undefined);
    const record = body && typeof body === 'object' ? (body as Record<string, unknown>)[kind] : undefined;
    const rec = record && typeof record === 'object' ? (record as Record<string, unknown>) : {};
    const foundId = typeof rec.id === 'string' ? rec.id : typeof rec._id === 'string' ? rec._id : undefined;
    if (foundId !== undefined && foundId !== id) {
      return { ok: false, status: 401, message: `HighLevel did not accept the token for ${kind} ${id}` };
    }
    const proof: Proof & { ok: true } = {
      ok: true, tenant: { kind, id }, ...(typeof rec.companyId === 'string' ? { companyId: rec.companyId } : {}),
    };
    if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, { until: now() + opts.cacheMs, proof });
    return proof;
  };
}

export type ProveTenant = ReturnType<typeof createTenantAuth>;
