import { z as zod } from 'zod';
import type { ZObject } from 'zapier-platform-core';
import { timing } from './client';
import { limits } from './config';
import { cacheGet, cacheSet, keyName, seal, unseal } from './scoped-cache';

/**
 * Two Zap runs that refresh the same connection at once. HighLevel's refresh tokens are
 * single-use: the first refresh rotates the pair, and the second, holding the token just used,
 * gets `invalid_grant`, which Zapier treats as a dead connection (a 4xx from refreshAccessToken
 * marks the connection stale and emails the user to reconnect: docs.zapier.com/platform/news/
 * 4xx-errors-refreshAccessToken, effective 2025-09-08).
 *
 * What Zapier's runtime guarantees: nothing documented about serialising refreshes of one
 * connection. The platform docs describe refreshAccessToken as called when a step throws
 * RefreshAuthError (or on a 401 with autoRefresh), per run; neither docs.zapier.com nor the
 * zapier/zapier-platform code and issues searched (2026-12-01) mention a per-connection lock, and
 * every Zap run is an independent Lambda invocation. zapier-platform-core 19 itself only throws
 * RefreshAuthError (src/http-middlewares/after/throw-for-stale-auth.js) and runs
 * refreshAccessToken as an ordinary method when Zapier's backend invokes it: it holds no lock and
 * no shared state between invocations. So the design must work when two runs refresh
 * concurrently:
 * - the winner stores the new pair in the connection-scoped z.cache under a key derived from a
 *   hash of the OLD refresh token, sealed (AES-256-GCM) with a key derived from that old refresh
 *   token, for a short time (limits.refreshHandoverSeconds): without the old token the entry is
 *   useless, and it names no token;
 * - a run that starts its refresh after the winner finished finds the entry first and sends no
 *   token request at all (so no 400 is ever seen for it);
 * - a loser that gets `invalid_grant` looks the entry up (briefly waiting for a winner that is
 *   still writing it) and returns the winner's pair instead of failing.
 */

const Pair = zod.object({
  access_token: zod.string(),
  refresh_token: zod.string(),
  locationId: zod.string().optional(),
  companyId: zod.string().optional(),
  userType: zod.string().optional(),
  userId: zod.string().optional(),
});
export type TokenPair = zod.infer<typeof Pair>;

const handoverKey = (oldRefreshToken: string): string => `refreshHandover:${keyName(oldRefreshToken)}`;

/** The winner leaves the new pair (and what came with it) for concurrent losers. */
export async function leaveHandover(z: ZObject, oldRefreshToken: string, fresh: TokenPair): Promise<void> {
  if (!oldRefreshToken) return;
  await cacheSet(z, handoverKey(oldRefreshToken), seal(oldRefreshToken, fresh), limits.refreshHandoverSeconds);
}

/** Waits before each look-up: the winner may still be between its token answer and its cache write. */
const LOOKUP_WAITS_MS = [0, 250, 750];

/** The pair a concurrent winner got for this old refresh token, or null when there is none. */
export async function findHandover(z: ZObject, oldRefreshToken: string, waits: readonly number[] = LOOKUP_WAITS_MS): Promise<TokenPair | null> {
  if (!oldRefreshToken) return null;
  for (const ms of waits) {
    if (ms) await timing.sleep(ms);
    const found = Pair.safeParse(unseal(oldRefreshToken, await cacheGet(z, handoverKey(oldRefreshToken))));
    if (found.success) return found.data;
  }
  return null;
}
