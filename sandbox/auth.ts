import { createHmac, randomBytes } from 'node:crypto';
import { newId } from './ids';

/**
 * OAuth tokens as HighLevel issues them, for a sub-account (userType Location) or an agency
 * (userType Company, no location; it buys location tokens at POST /oauth/locationToken): JWT-shaped access
 * tokens that live `tokenTtlSeconds` (about a day), and single-use refresh tokens that ROTATE:
 * each refresh returns a new pair and the refresh token used is refused from then on
 * (docs/oauth/Authorization.md). Tokens are looked up in this store, never trusted by signature
 * alone, so a test can expire or revoke one.
 */

export interface TokenGrant {
  /** The location of a Location token; '' for a Company (agency) token. */
  locationId: string;
  companyId: string;
  userId: string;
  scope: string;
  /** HighLevel's userType; absent (tokens saved before agency tokens existed) means Location. */
  userType?: UserType;
}

/** A sub-account token ('Location') or an agency token ('Company'). */
export type UserType = 'Location' | 'Company';
export const userTypeOf = (grant: Pick<TokenGrant, 'userType'>): UserType => grant.userType ?? 'Location';

export interface AccessTokenRecord extends TokenGrant {
  token: string;
  /** epoch ms */
  expiresAt: number;
}

export interface RefreshTokenRecord extends TokenGrant {
  token: string;
  used: boolean;
  /** epoch ms: a year, as HighLevel's */
  expiresAt: number;
}

export interface AuthSnapshot {
  accessTokens: AccessTokenRecord[];
  refreshTokens: RefreshTokenRecord[];
}

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  grant: TokenGrant;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;
const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export class TokenStore {
  private readonly access = new Map<string, AccessTokenRecord>();
  private readonly refresh = new Map<string, RefreshTokenRecord>();
  private readonly secret = randomBytes(32);

  constructor(public ttlSeconds: number) {}

  private jwt(payload: Record<string, unknown>): string {
    const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const body = b64url(JSON.stringify(payload));
    const sig = createHmac('sha256', this.secret).update(`${head}.${body}`).digest('base64url');
    return `${head}.${body}.${sig}`;
  }

  issue(grant: TokenGrant): TokenPair {
    const now = Date.now();
    const iat = Math.floor(now / 1000);
    const company = userTypeOf(grant) === 'Company';
    const common = { authClass: userTypeOf(grant), authClassId: company ? grant.companyId : grant.locationId, source: 'INTEGRATION', sourceId: 'sandbox', channel: 'OAUTH' };
    const access_token = this.jwt({ ...common, primaryAuthClassId: company ? grant.companyId : grant.locationId, sub: grant.userId, iat, exp: iat + this.ttlSeconds, jti: newId() });
    const refresh_token = this.jwt({ ...common, refreshJti: newId(), iat, exp: iat + YEAR_MS / 1000 });
    this.access.set(access_token, { ...grant, token: access_token, expiresAt: now + this.ttlSeconds * 1000 });
    this.refresh.set(refresh_token, { ...grant, token: refresh_token, used: false, expiresAt: now + YEAR_MS });
    return { access_token, refresh_token, expires_in: this.ttlSeconds, grant };
  }

  /** The grant of a live access token, or undefined (unknown or expired). */
  verify(accessToken: string): TokenGrant | undefined {
    const rec = this.access.get(accessToken);
    if (!rec || rec.expiresAt <= Date.now()) return undefined;
    return rec;
  }

  /** Rotates: the refresh token is spent and a new pair is issued. Undefined when unknown, used or expired. */
  rotate(refreshToken: string): TokenPair | undefined {
    const rec = this.refresh.get(refreshToken);
    if (!rec || rec.used || rec.expiresAt <= Date.now()) return undefined;
    rec.used = true;
    const { locationId, companyId, userId, scope, userType } = rec;
    return this.issue({ locationId, companyId, userId, scope, ...(userType ? { userType } : {}) });
  }

  expire(accessToken: string): void {
    const rec = this.access.get(accessToken);
    if (!rec) throw new Error('expireToken: unknown access token');
    rec.expiresAt = Date.now() - 1;
  }

  toJSON(): AuthSnapshot {
    // Spent refresh tokens are kept: presenting one again must still say invalid_grant.
    const now = Date.now();
    return {
      accessTokens: [...this.access.values()].filter((t) => t.expiresAt > now),
      refreshTokens: [...this.refresh.values()],
    };
  }

  load(snapshot: Partial<AuthSnapshot>): void {
    for (const t of snapshot.accessTokens ?? []) this.access.set(t.token, t);
    for (const t of snapshot.refreshTokens ?? []) this.refresh.set(t.token, t);
  }
}
