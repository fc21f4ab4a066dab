import { errors, type Authentication, type Bundle, type ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';
import { AGENCY_USER_TYPE, callApi, isAgency, locationId } from './src/client';
import { apiBaseUrl, authorizeUrl } from './src/config';
import { endpoint, markAgencyOnly, requiredScopes } from './src/endpoint';
import { highLevelMessage } from './src/errors';
import { Location, oneOf, parseResponse } from './src/schemas';

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

async function requestToken(z: ZObject, form: Record<string, string>, userType: ConnectAs, refreshing: boolean) {
  const body = new URLSearchParams({ ...clientCredentials(), ...form, user_type: userType }).toString();
  let resp;
  try {
    resp = await z.request({
      url: `${apiBaseUrl()}/oauth/token`,
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      skipThrowForStatus: true,
      middlewareData: { noAuth: true },
    } as Parameters<ZObject['request']>[0]);
  } catch (err) {
    // Core turns a 401 into RefreshAuthError; on the token endpoint that means the grant is dead.
    if (err instanceof errors.RefreshAuthError) {
      throw new errors.ExpiredAuthError('HighLevel refused the saved authorization (401). Reconnect your HighLevel account.');
    }
    throw err;
  }
  let json: unknown = {};
  try {
    json = JSON.parse(resp.content || '{}');
  } catch {
    json = {};
  }
  if (resp.status >= 400) {
    // Only HighLevel's own words: never the request (it holds the client secret and tokens).
    const why = highLevelMessage(json) || `HTTP ${resp.status}`;
    if (refreshing) {
      throw new errors.ExpiredAuthError(`HighLevel would not refresh the connection (${why}). Reconnect your HighLevel account.`);
    }
    throw new errors.Error(`HighLevel would not grant access (${why}).`, 'AuthenticationFailed', resp.status);
  }
  const t = parseResponse(TokenResponse, json, 'the token request');
  return {
    access_token: t.access_token,
    refresh_token: t.refresh_token ?? '',
    ...(t.locationId ? { locationId: t.locationId } : {}),
    ...(t.companyId ? { companyId: t.companyId } : {}),
    ...(t.userType ? { userType: t.userType } : {}),
    ...(t.userId ? { userId: t.userId } : {}),
  };
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
    getAccessToken: (z: ZObject, bundle: Bundle) =>
      requestToken(
        z,
        { grant_type: 'authorization_code', code: String(bundle.inputData.code ?? ''), redirect_uri: String(bundle.inputData.redirect_uri ?? '') },
        connectAs(bundle.inputData.connectAs),
        false,
      ),
    refreshAccessToken: async (z: ZObject, bundle: Bundle) => {
      const fresh = await requestToken(
        z,
        { grant_type: 'refresh_token', refresh_token: bundle.authData.refresh_token ?? '' },
        connectAs(bundle.authData.userType ?? bundle.authData.connectAs),
        true,
      );
      // Keep what the refresh answer leaves out (it normally repeats locationId and companyId).
      const { locationId: loc, companyId, userType, userId } = bundle.authData;
      return { ...(loc ? { locationId: loc } : {}), ...(companyId ? { companyId } : {}), ...(userType ? { userType } : {}), ...(userId ? { userId } : {}), ...fresh };
    },
    autoRefresh: true,
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
    const loc = parseResponse(oneOf('location', Location), body, 'the location request');
    return { id: loc.id, name: loc.name ?? loc.id, kind: 'Sub-account', companyId: loc.companyId ?? null, timezone: loc.timezone ?? null };
  },
  /** "Sub-account: Sunrise Dental - Austin" or "Agency: Sunrise Marketing". */
  connectionLabel: async (_z: ZObject, bundle: Bundle) => {
    const data = bundle.inputData as { name?: string; id?: string; kind?: string };
    return `${data.kind ?? 'Sub-account'}: ${data.name || data.id || 'HighLevel'}`;
  },
} satisfies Authentication;

export default authentication;
