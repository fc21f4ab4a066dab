import { ALL_SCOPES } from '../highlevel-quirks';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { userTypeOf, type TokenGrant, type TokenPair, type TokenStore } from '../auth';
import { ApiError, unprocessable, type JsonBody } from '../http';
import { newId } from '../ids';

/**
 * OAuth 2.0 as HighLevel's marketplace does it (docs/oauth/Authorization.md, apps/oauth.json):
 *
 * - GET /oauth/chooselocation: the authorization page. A user would pick a location here; the
 *   sandbox picks the demo location at once and redirects to redirect_uri with `code` and `state`.
 * - POST /oauth/token (form-encoded, no bearer, no Version): grant_type=authorization_code
 *   (any non-empty code; client_id/client_secret must match) or grant_type=refresh_token (each
 *   refresh token works once and the answer carries its successor). user_type Location (the
 *   default) gives a sub-account token for the demo location; user_type Company an agency token
 *   for the demo company (no locationId), which buys location tokens at POST /oauth/locationToken
 *   (routes/agency.ts). A refresh keeps the token's user type.
 */

export const DEFAULT_SCOPE = [
  'contacts.readonly',
  'contacts.write',
  'locations.readonly',
  'locations/customFields.readonly',
  'users.readonly',
  'campaigns.readonly',
  'workflows.readonly',
  'businesses.readonly',
  'opportunities.readonly',
  'opportunities.write',
  'calendars.readonly',
  'calendars.write',
  'calendars/events.readonly',
  'calendars/events.write',
  ...ALL_SCOPES,
]
  .filter((s, i, all) => all.indexOf(s) === i)
  .join(' ');

/** What an agency connection gets when it asks for no scope. */
export const AGENCY_SCOPE = [DEFAULT_SCOPE, 'oauth.readonly', 'oauth.write', 'companies.readonly', 'locations.write', 'users.write', 'snapshots.readonly'].join(' ');

export interface OAuthDeps {
  tokens: TokenStore;
  clientId: string;
  clientSecret: string;
  /** The grant for the demo location (which location, company and user a connection gets). */
  grant(scope: string): TokenGrant;
  /** The grant for the demo company (an agency connection). */
  agencyGrant(scope: string): TokenGrant;
}

const oauthError = (status: number, error: string, description: string) =>
  new ApiError(status, { error, error_description: description });

export function tokenResponse(pair: TokenPair) {
  const userType = userTypeOf(pair.grant);
  return {
    access_token: pair.access_token,
    token_type: 'Bearer' as const,
    expires_in: pair.expires_in,
    refresh_token: pair.refresh_token,
    scope: pair.grant.scope,
    userType,
    ...(userType === 'Location' ? { locationId: pair.grant.locationId } : {}),
    companyId: pair.grant.companyId,
    userId: pair.grant.userId,
  };
}

const field = (body: JsonBody, name: string): string | undefined => {
  const v = body[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

export function registerOAuth(app: FastifyInstance, deps: OAuthDeps): void {
  /** Codes handed out by the authorization page, with the scope that was asked for. */
  const codes = new Map<string, string>();

  app.get('/oauth/chooselocation', { config: { template: 'GET /oauth/chooselocation', kind: 'oauth' } }, (request: FastifyRequest, reply: FastifyReply) => {
    const q = request.query as Record<string, string | undefined>;
    if (q.client_id !== deps.clientId) throw oauthError(400, 'invalid_client', 'Unknown client_id');
    if (q.response_type && q.response_type !== 'code') throw oauthError(400, 'unsupported_response_type', 'response_type must be code');
    if (!q.redirect_uri) throw oauthError(400, 'invalid_request', 'redirect_uri is required');
    let target: URL;
    try {
      target = new URL(q.redirect_uri);
    } catch {
      throw oauthError(400, 'invalid_request', 'redirect_uri must be an absolute URL');
    }
    const code = newId(40);
    codes.set(code, q.scope?.trim() || DEFAULT_SCOPE);
    target.searchParams.set('code', code);
    if (q.state !== undefined) target.searchParams.set('state', q.state);
    return reply.redirect(target.toString(), 302);
  });

  app.post('/oauth/token', { config: { template: 'POST /oauth/token', kind: 'oauth' } }, (request: FastifyRequest) => {
    const body: JsonBody = typeof request.body === 'object' && request.body !== null ? (request.body as JsonBody) : {};
    const missing = ['client_id', 'client_secret', 'grant_type'].filter((name) => !field(body, name));
    if (missing.length) throw unprocessable(missing.map((name) => `${name} should not be empty`));
    if (field(body, 'client_id') !== deps.clientId || field(body, 'client_secret') !== deps.clientSecret) {
      throw oauthError(401, 'invalid_client', 'Client authentication failed: unknown client_id or wrong client_secret');
    }
    const userType = field(body, 'user_type');
    if (userType !== undefined && userType !== 'Location' && userType !== 'Company') {
      throw oauthError(400, 'invalid_request', 'user_type must be Location or Company');
    }
    const grantType = field(body, 'grant_type');
    if (grantType === 'authorization_code') {
      const code = field(body, 'code');
      if (!code) throw oauthError(400, 'invalid_request', 'code is required for grant_type=authorization_code');
      const company = userType === 'Company';
      const scope = codes.get(code) ?? (company ? AGENCY_SCOPE : DEFAULT_SCOPE);
      codes.delete(code);
      return tokenResponse(deps.tokens.issue(company ? deps.agencyGrant(scope) : deps.grant(scope)));
    }
    if (grantType === 'refresh_token') {
      const refreshToken = field(body, 'refresh_token');
      if (!refreshToken) throw oauthError(400, 'invalid_request', 'refresh_token is required for grant_type=refresh_token');
      const pair = deps.tokens.rotate(refreshToken);
      if (!pair) throw oauthError(400, 'invalid_grant', 'Invalid refresh token: unknown, expired or already used (refresh tokens are single-use)');
      return tokenResponse(pair);
    }
    throw oauthError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported by the sandbox (authorization_code, refresh_token)`);
  });
}
