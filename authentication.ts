import { errors, type Authentication, type Bundle, type ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';
import { AGENCY_USER_TYPE, callApi, isAgency, locationId, networkCode } from './src/client';
import { apiBaseUrl, authorizeUrl, limits } from './src/config';
import { endpoint, markAgencyOnly, requiredScopes } from './src/endpoint';
import { highLevelMessage } from './src/errors';
import { scrub, secretsOf } from './src/secrets';
import { findHandover, leaveHandover, type TokenPair } from './src/token-refresh';
import { connectedLocation } from './src/records/location';
import { oneOf, parseResponse } from './src/schemas';

/**
 * OAuth2 against the HighLevel marketplace (docs: ../shared/ghl-api/docs/oauth/Authorization.md).
 * - The scopes requested are derived from the endpoints the app declares (src/endpoint.ts).
 * - POST /oauth/token is form-encoded, without a bearer token or Version header.
 * - The refresh token is single-use: every refresh returns a new one, which we hand back so
 *   Zapier stores it. locationId, companyId and userType from the token response are kept.
 */

const TokenResponse = zod.looseObject({
  access_token: zod.string(),
  refresh_token: zod.string().nullish(),
  expires_in: zod.number().nullish(),
  userType: zod.string().nullish(),
  locationId: zod.string().nullish(),
  companyId: zod.string().nullish(),
  userId: zod.string().nullish(),
});

/**
 * A connection is to a sub-account (HighLevel userType 'Location') or to an agency ('Company').
 * The user picks it before being sent to HighLevel; it decides user_type on the token calls and
 * the scopes asked for. Agency connections reach each location through a location token
 * (src/client.ts) and show a Location dropdown on location operations.
 */
type ConnectAs = 'Location' | 'Company';
const connectAs = (v: unknown): ConnectAs => (v === AGENCY_USER_TYPE ? 'Company' : 'Location');

function clientCredentials(): { client_id: string; client_secret: string } {
  const client_id = process.env.CLIENT_ID;
  const client_secret = process.env.CLIENT_SECRET;
  if (!client_id || !client_secret) {
    throw new errors.Error('The app is missing CLIENT_ID or CLIENT_SECRET in its environment (zapier env:set).', 'Misconfigured', 500);
  }
  return { client_id, client_secret };
}

/** Token-endpoint answers that mean "try again later" (docs.zapier.com: Zapier keeps retrying these instead of marking the connection stale). */
const TRANSIENT_4XX = new Set([408, 409, 423, 425, 429]);

type TokenFields = ReturnType<typeof tokenFields>;
type TokenResult = { ok: true; tokens: TokenFields } | { ok: false; error: Error; oauthError: string };

const tokenFields = (t: zod.infer<typeof TokenResponse>, keepRefreshToken: string) => ({
  access_token: t.access_token,
  // An answer without a refresh token never wipes the stored one.
  refresh_token: t.refresh_token || keepRefreshToken,
  ...(t.locationId ? { locationId: t.locationId } : {}),
  ...(t.companyId ? { companyId: t.companyId } : {}),
  ...(t.userType ? { userType: t.userType } : {}),
  ...(t.userId ? { userId: t.userId } : {}),
});

/** The connection is fine; HighLevel's token service could not answer now. Not ExpiredAuthError: nothing is marked stale. */
const tokenServiceDown = (why: string, refreshing: boolean): Error =>
  new errors.Error(
    `HighLevel's token service could not be reached (${why}). ${refreshing ? 'The connection is still valid: the refresh is tried again on the next run.' : 'Try connecting again in a moment.'}`,
    'TokenServiceUnavailable',
    503,
  );

async function requestToken(z: ZObject, bundle: Bundle, form: Record<string, string>, userType: ConnectAs, refreshing: boolean): Promise<TokenResult> {
  const body = new URLSearchParams({ ...clientCredentials(), ...form, user_type: userType }).toString();
  // The form's secrets (not its grant_type, whose value "refresh_token" HighLevel's messages quote).
  const secrets = [...secretsOf(bundle), form.refresh_token ?? '', form.code ?? ''];
  let resp;
  try {
    resp = await z.request({
      url: `${apiBaseUrl()}/oauth/token`,
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      timeout: limits.requestTimeoutMs,
      skipThrowForStatus: true,
      throwForThrottlingEarly: false,
      middlewareData: { noAuth: true },
    } as Parameters<ZObject['request']>[0]);
  } catch (err) {
    // A timeout or a network error: transient. Only its code is shown (the request holds secrets).
    const code = networkCode(err, false);
    if (code === null) throw err;
    return { ok: false, error: tokenServiceDown(code, refreshing), oauthError: '' };
  }
  let json: unknown = {};
  try {
    json = JSON.parse(resp.content || '{}');
  } catch {
    json = undefined;
  }
  if (resp.status >= 400) {
    const oauthError = typeof (json as { error?: unknown } | undefined)?.error === 'string' ? String((json as { error: string }).error) : '';
    // Only HighLevel's own words, scrubbed: never the request (it holds the client secret and tokens).
    const why = scrub(highLevelMessage(json, resp.content) || `HTTP ${resp.status}`, secrets);
    if (resp.status >= 500 || TRANSIENT_4XX.has(resp.status)) return { ok: false, error: tokenServiceDown(`HTTP ${resp.status}`, refreshing), oauthError };
    if (!refreshing) return { ok: false, error: new errors.Error(`HighLevel would not grant access (${why}).`, 'AuthenticationFailed', resp.status), oauthError };
    if (oauthError === 'invalid_grant') {
      return {
        ok: false,
        oauthError,
        error: new errors.ExpiredAuthError(
          `HighLevel no longer accepts this connection's refresh token (${why}). HighLevel's refresh tokens are single-use: each refresh replaces the token, so one that was already used, or a connection removed or uninstalled in HighLevel, cannot be refreshed. Reconnect your HighLevel account.`,
        ),
      };
    }
    if (oauthError === 'invalid_client') {
      return {
        ok: false,
        oauthError,
        error: new errors.ExpiredAuthError(`HighLevel did not accept the app's client ID or secret (${why}), so the connection cannot be refreshed. Reconnect your HighLevel account; if that fails too, the app's CLIENT_ID and CLIENT_SECRET need checking.`),
      };
    }
    return { ok: false, oauthError, error: new errors.ExpiredAuthError(`HighLevel would not refresh the connection (${why}). Reconnect your HighLevel account.`) };
  }
  if (json === undefined) return { ok: false, error: tokenServiceDown(`HTTP ${resp.status} with an unreadable answer`, refreshing), oauthError: '' };
  const t = parseResponse(TokenResponse, json, 'the token request');
  return { ok: true, tokens: tokenFields(t, refreshing ? (form.refresh_token ?? '') : '') };
}

export const getLocationEndpoint = endpoint('GET', '/locations/{locationId}', '2021-07-28', ['locations.readonly']);
export const getCompanyEndpoint = markAgencyOnly(endpoint('GET', '/companies/{companyId}', '2021-07-28', ['companies.readonly']));

/** The scope parameter: every scope this kind of connection needs, space-separated as HighLevel wants. */
export const scopeParam = (kind: ConnectAs = 'Location'): string => requiredScopes(kind === 'Company' ? 'agency' : 'location').join(' ');

const Company = zod.looseObject({ id: zod.string().nullish(), name: zod.string().nullish() });

const authentication = {
  type: 'oauth2',
  oauth2Config: {
    authorizeUrl: async (_z: ZObject, bundle: Bundle) => {
      const url = new URL(authorizeUrl());
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', process.env.CLIENT_ID ?? '');
      url.searchParams.set('redirect_uri', String(bundle.inputData.redirect_uri ?? ''));
      url.searchParams.set('state', String(bundle.inputData.state ?? ''));
      url.searchParams.set('scope', scopeParam(connectAs(bundle.inputData.connectAs)));
      return url.toString();
    },
    getAccessToken: async (z: ZObject, bundle: Bundle) => {
      const got = await requestToken(
        z,
        bundle,
        { grant_type: 'authorization_code', code: String(bundle.inputData.code ?? ''), redirect_uri: String(bundle.inputData.redirect_uri ?? '') },
        connectAs(bundle.inputData.connectAs),
        false,
      );
      if (!got.ok) throw got.error;
      return got.tokens;
    },
    refreshAccessToken: async (z: ZObject, bundle: Bundle) => {
      const old = bundle.authData.refresh_token ?? '';
      const { locationId: loc, companyId, userType, userId } = bundle.authData;
      const kept = { ...(loc ? { locationId: loc } : {}), ...(companyId ? { companyId } : {}), ...(userType ? { userType } : {}), ...(userId ? { userId } : {}) };
      // Another run already refreshed with this (single-use) token: take its pair, send nothing.
      const already = await findHandover(z, old, [0]);
      if (already) return { ...kept, ...already };
      const got = await requestToken(z, bundle, { grant_type: 'refresh_token', refresh_token: old }, connectAs(bundle.authData.userType ?? bundle.authData.connectAs), true);
      let fresh: TokenPair;
      if (got.ok) {
        fresh = got.tokens;
        await leaveHandover(z, old, got.tokens); // for a concurrent run still holding `old` (src/token-refresh.ts)
      } else {
        // invalid_grant may mean another run refreshed first with the same (single-use) token.
        const handover = got.oauthError === 'invalid_grant' ? await findHandover(z, old) : null;
        if (!handover) throw got.error;
        fresh = handover;
      }
      // Keep what the refresh answer leaves out (it normally repeats locationId and companyId).
      return { ...kept, ...fresh };
    },
    /**
     * Off: core's autoRefresh turns EVERY 401 into RefreshAuthError before the app sees the body
     * (throw-for-stale-auth.js), so a missing scope would refresh, rotate and fail again. The app
     * reads each 401 itself (src/errors.ts authError) and throws RefreshAuthError only for an
     * expired or invalid token; Zapier then calls refreshAccessToken as before.
     */
    autoRefresh: false,
  },
  fields: [
    {
      key: 'connectAs',
      label: 'Connect As',
      required: true,
      default: 'Location',
      choices: { Location: 'A sub-account (one location)', Company: 'An agency (every sub-account where the app is installed)' },
      helpText:
        'Connect one sub-account, or your agency: an agency connection can work on every location where the app is installed (each step then asks which location), and can use agency-only actions such as Create Location.',
    },
  ],
  /** Proves the token works: reads the connected location, or the agency (company); its name labels the connection. */
  test: async (z: ZObject, bundle: Bundle) => {
    if (isAgency(bundle)) {
      const companyId = bundle.authData.companyId ?? '';
      const body = await callApi({ z, bundle }, getCompanyEndpoint, { path: { companyId } });
      const company = parseResponse(oneOf('company', Company), body, 'the company request');
      return { id: company.id ?? companyId, name: company.name ?? companyId, kind: 'Agency' };
    }
    const body = await callApi({ z, bundle }, getLocationEndpoint, { path: { locationId: locationId(bundle) } });
    const loc = connectedLocation(body);
    return { id: loc.id, name: loc.name ?? loc.id, kind: 'Sub-account', companyId: loc.companyId, timezone: loc.timezone };
  },
  /** "Sub-account: Sunrise Dental - Austin" or "Agency: Sunrise Marketing". */
  connectionLabel: async (_z: ZObject, bundle: Bundle) => {
    const data = bundle.inputData as { name?: string; id?: string; kind?: string };
    return `${data.kind ?? 'Sub-account'}: ${data.name || data.id || 'HighLevel'}`;
  },
} satisfies Authentication;

export default authentication;
