import { userTypeOf } from '../auth';
import { badRequest, clone, compact, forbidden, intParam, notFound, opt, req, route, unprocessable, V_2021_07_28 as V, type AuthContext, type JsonBody, type Route, type World } from '../http';
import { newId } from '../ids';
import type { LocationRecord, UserRecord } from '../store';

/**
 * The agency side (Version 2021-07-28): what an agency (Company) token reaches.
 * - POST /oauth/locationToken (form-encoded, Company token): a Location token for one of the
 *   company's locations where the app is installed; that token then works on the location's routes.
 * - GET /oauth/installedLocations: the company's locations with the app installed (isInstalled
 *   false: those without). appId is required, as in the spec; any value is accepted.
 * - GET /companies/{companyId}, GET /snapshots/, POST /locations/ (the new location gets the
 *   app installed, as an app set to install to future locations does), POST
 *   /users/search/filter-by-email: Company token only.
 * - GET /locations/search and the user routes take either token: a Location token reaches its
 *   own location and its users, a Company token all of the company's.
 * Decision: a Company token on a location-only route (or the reverse) is a 403 that says which
 * token the route needs (http.ts, wrongToken); HighLevel refuses it too, with a 401 whose words vary.
 */

const USER_TYPES = ['account', 'agency'] as const;
const USER_ROLES = ['admin', 'user'] as const;

/** A user as the user routes answer it (the spec's UserSchema; `deleted` stays internal). */
const userOut = (u: UserRecord) => {
  const { deleted: _deleted, ...rest } = clone(u);
  return { ...rest, scopes: 'all' };
};

export function agencyRoutes({ store, ext, tokens }: World): Route[] {
  const companyOf = (auth: AuthContext, companyId: string) => {
    if (companyId !== auth.companyId) throw forbidden('The token does not have access to this company.');
    const company = ext.companies.get(companyId);
    if (!company) throw notFound('Company not found');
    return company;
  };
  const companyLocations = (companyId: string) => [...store.locations.values()].filter((l) => l.companyId === companyId);
  /** A user the token may see: of its location (Location token) or of its company (Company token). */
  const reachableUser = (auth: AuthContext, userId: string): UserRecord => {
    const u = store.users.get(userId);
    if (!u || u.deleted) throw notFound('User not found');
    const ok = auth.userType === 'Company' ? u.companyId === auth.companyId : u.roles.locationIds.includes(auth.locationId);
    if (!ok) throw forbidden('The token does not have access to this user.');
    return u;
  };
  const checkLocationIds = (auth: AuthContext, ids: readonly string[]) => {
    for (const id of ids) {
      const l = store.locations.get(id);
      if (!l || l.companyId !== auth.companyId) throw badRequest(`Location ${id} does not belong to the company`);
      if (auth.userType === 'Location' && id !== auth.locationId) throw forbidden();
    }
  };
  const emailTaken = (email: string, exceptId?: string) =>
    [...store.users.values()].some((u) => !u.deleted && u.id !== exceptId && u.email.toLowerCase() === email.toLowerCase());

  const userFields = {
    firstName: opt.string(),
    lastName: opt.string(),
    email: opt.string(),
    password: opt.string(),
    phone: opt.string(),
    type: opt.string({ enum: USER_TYPES }),
    role: opt.string({ enum: USER_ROLES }),
    companyId: opt.string(),
    locationIds: opt.stringArray(),
    permissions: opt.object(),
    scopes: opt.stringArray(),
    scopesAssignedToOnly: opt.stringArray(),
    profilePhoto: opt.string(),
    platformLanguage: opt.string(),
  };

  return [
    route({
      method: 'POST',
      path: '/oauth/locationToken',
      version: V,
      token: 'company',
      // Form-encoded (the spec's body is not JSON), so the two fields are checked here.
      handler: ({ rawBody, auth }) => {
        const field = (name: string) => (typeof rawBody[name] === 'string' && rawBody[name] !== '' ? String(rawBody[name]) : undefined);
        const missing = ['companyId', 'locationId'].filter((n) => !field(n));
        if (missing.length) throw unprocessable(missing.map((n) => `${n} should not be empty`));
        companyOf(auth, field('companyId')!);
        const locationId = field('locationId')!;
        const location = store.locations.get(locationId);
        if (!location || location.companyId !== auth.companyId) throw badRequest('Location not found for this company');
        if (!ext.installs.has(locationId)) throw badRequest('The app is not installed at this location');
        if (!tokens) throw new Error('the sandbox has no token store');
        const pair = tokens.issue({ locationId, companyId: auth.companyId, userId: auth.userId, scope: scopeOf(tokens, auth) });
        return {
          access_token: pair.access_token,
          token_type: 'Bearer',
          expires_in: pair.expires_in,
          scope: pair.grant.scope,
          userType: userTypeOf(pair.grant),
          locationId,
          companyId: auth.companyId,
          userId: auth.userId,
          planId: 'sandbox_plan',
          appId: 'sandbox',
        };
      },
    }),

    route({
      method: 'GET',
      path: '/oauth/installedLocations',
      version: V,
      token: 'company',
      query: {
        companyId: req.string(),
        appId: req.string(),
        skip: opt.string(),
        limit: opt.string(),
        query: opt.string(),
        isInstalled: opt.boolean(),
        versionId: opt.string(),
        onTrial: opt.boolean(),
        planId: opt.string(),
        locationId: opt.string(),
      },
      handler: ({ query, auth }) => {
        companyOf(auth, query.companyId);
        const skip = intParam(query.skip, 0, 'skip');
        const limit = intParam(query.limit, 20, 'limit');
        const q = query.query?.trim().toLowerCase();
        const installed = query.isInstalled ?? true;
        const all = companyLocations(query.companyId)
          .filter((l) => ext.installs.has(l.id) === installed)
          .filter((l) => !query.locationId || l.id === query.locationId)
          .filter((l) => !q || l.name.toLowerCase().includes(q))
          .sort((a, b) => a.name.localeCompare(b.name));
        const locations = all.slice(skip, skip + limit).map((l) =>
          compact({ _id: l.id, name: l.name, address: `${l.address}, ${l.city}, ${l.state} ${l.postalCode}`, isInstalled: ext.installs.has(l.id), installedAt: ext.installs.get(l.id)?.installedAt }),
        );
        return { locations, count: all.length, installToFutureLocations: true };
      },
    }),

    route({
      method: 'GET',
      path: '/companies/{companyId}',
      version: V,
      token: 'company',
      handler: ({ params, auth }) => ({ company: clone(companyOf(auth, params.companyId)) }),
    }),

    route({
      method: 'GET',
      path: '/snapshots/',
      version: V,
      token: 'company',
      query: { companyId: req.string() },
      handler: ({ query, auth }) => {
        companyOf(auth, query.companyId);
        return { snapshots: [...ext.snapshots.values()].filter((s) => s.companyId === query.companyId).map(({ id, name, type }) => ({ id, name, type })) };
      },
    }),

    route({
      method: 'GET',
      path: '/locations/search',
      version: V,
      token: 'either',
      query: { companyId: opt.string(), skip: opt.string(), limit: opt.string(), order: opt.string({ enum: ['asc', 'desc'] as const }), email: opt.string() },
      handler: ({ query, auth }) => {
        if (query.companyId && query.companyId !== auth.companyId) throw forbidden('The token does not have access to this company.');
        const skip = intParam(query.skip, 0, 'skip');
        const limit = intParam(query.limit, 10, 'limit');
        const dir = query.order === 'desc' ? -1 : 1;
        const all = companyLocations(auth.companyId)
          .filter((l) => auth.userType === 'Company' || l.id === auth.locationId)
          .filter((l) => !query.email || l.email?.toLowerCase() === query.email.toLowerCase())
          .sort((a, b) => a.name.localeCompare(b.name) * dir);
        return { locations: all.slice(skip, skip + limit).map(clone) };
      },
    }),

    route({
      method: 'POST',
      path: '/locations/',
      version: V,
      token: 'company',
      body: {
        name: req.string(),
        companyId: req.string(),
        phone: opt.string(),
        address: opt.string(),
        city: opt.string(),
        state: opt.string(),
        country: opt.string(),
        postalCode: opt.string(),
        website: opt.string(),
        timezone: opt.string(),
        prospectInfo: opt.unknown(),
        settings: opt.unknown(),
        social: opt.unknown(),
        snapshotId: opt.string(),
      },
      handler: ({ body, auth }) => {
        companyOf(auth, body.companyId);
        if (body.snapshotId && !ext.snapshots.has(body.snapshotId)) throw badRequest('Snapshot not found');
        const prospect = asObject(body.prospectInfo);
        const place = { address: body.address ?? '', city: body.city ?? '', state: body.state ?? '', country: body.country ?? 'US', postalCode: body.postalCode ?? '', website: body.website, timezone: body.timezone ?? 'US/Central' };
        const settings = { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false, ...pickBooleans(asObject(body.settings)) };
        const location: LocationRecord = compact({
          id: newId(),
          companyId: body.companyId,
          name: body.name,
          ...place,
          phone: body.phone,
          email: typeof prospect.email === 'string' ? prospect.email : undefined,
          firstName: typeof prospect.firstName === 'string' ? prospect.firstName : undefined,
          lastName: typeof prospect.lastName === 'string' ? prospect.lastName : undefined,
          business: compact({ name: body.name, ...place }),
          social: pickStrings(asObject(body.social)),
          settings,
          reseller: {},
        });
        store.locations.set(location.id, location);
        ext.installs.set(location.id, { locationId: location.id, companyId: body.companyId, installedAt: store.now() });
        return clone(location);
      },
    }),

    route({
      method: 'GET',
      path: '/users/{userId}',
      version: V,
      token: 'either',
      handler: ({ params, auth }) => userOut(reachableUser(auth, params.userId)),
    }),

    route({
      method: 'POST',
      path: '/users/',
      version: V,
      token: 'either',
      status: 201,
      body: {
        ...userFields,
        companyId: req.string(),
        firstName: req.string(),
        lastName: req.string(),
        email: req.string(),
        password: req.string(),
        type: req.string({ enum: USER_TYPES }),
        role: req.string({ enum: USER_ROLES }),
        locationIds: req.stringArray(),
      },
      handler: ({ body, auth }) => {
        companyOf(auth, body.companyId);
        if (body.type === 'agency' && auth.userType !== 'Company') throw forbidden('Only an agency token can create agency users.');
        checkLocationIds(auth, body.locationIds);
        if (emailTaken(body.email)) throw badRequest('User already exists with this email');
        const user: UserRecord = {
          id: newId(),
          name: `${body.firstName} ${body.lastName}`,
          firstName: body.firstName,
          lastName: body.lastName,
          email: body.email.toLowerCase(),
          phone: body.phone ?? '',
          extension: '',
          companyId: body.companyId,
          permissions: pickBooleans(body.permissions),
          roles: { type: body.type, role: body.role, locationIds: [...body.locationIds], restrictSubAccount: body.type === 'account' },
          deleted: false,
          platformLanguage: body.platformLanguage ?? 'en_US',
        };
        store.users.set(user.id, user);
        return userOut(user);
      },
    }),

    route({
      method: 'PUT',
      path: '/users/{userId}',
      version: V,
      token: 'either',
      body: userFields,
      handler: ({ params, body, auth }) => {
        const user = reachableUser(auth, params.userId);
        if (body.companyId && body.companyId !== auth.companyId) throw forbidden('The token does not have access to this company.');
        if (body.locationIds) checkLocationIds(auth, body.locationIds);
        if (body.email && emailTaken(body.email, user.id)) throw badRequest('User already exists with this email');
        if (body.firstName !== undefined) user.firstName = body.firstName;
        if (body.lastName !== undefined) user.lastName = body.lastName;
        user.name = `${user.firstName} ${user.lastName}`;
        if (body.email !== undefined) user.email = body.email.toLowerCase();
        if (body.phone !== undefined) user.phone = body.phone;
        if (body.type !== undefined) user.roles.type = body.type;
        if (body.role !== undefined) user.roles.role = body.role;
        if (body.locationIds !== undefined) user.roles.locationIds = [...body.locationIds];
        if (body.permissions !== undefined) user.permissions = { ...user.permissions, ...pickBooleans(body.permissions) };
        if (body.platformLanguage !== undefined) user.platformLanguage = body.platformLanguage;
        return userOut(user);
      },
    }),

    route({
      method: 'DELETE',
      path: '/users/{userId}',
      version: V,
      token: 'either',
      handler: ({ params, auth }) => {
        const user = reachableUser(auth, params.userId);
        user.deleted = true;
        return { succeded: true, message: `Queued deleting user with e-mail ${user.email} and name ${user.name}. Will take effect in a few minutes.` };
      },
    }),

    route({
      method: 'POST',
      path: '/users/search/filter-by-email',
      version: V,
      token: 'company',
      // emails: comma-separated text (the spec's FilterByEmailDto).
      body: { companyId: req.string(), emails: req.string(), deleted: opt.boolean(), skip: opt.string(), limit: opt.string(), projection: opt.string() },
      handler: ({ body, auth }) => {
        companyOf(auth, body.companyId);
        const wanted = new Set(body.emails.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean));
        const skip = intParam(body.skip, 0, 'skip');
        const limit = intParam(body.limit, 25, 'limit');
        const all = [...store.users.values()].filter((u) => u.companyId === body.companyId && u.deleted === (body.deleted ?? false) && wanted.has(u.email.toLowerCase()));
        return { users: all.slice(skip, skip + limit).map((u) => ({ ...userOut(u), deleted: u.deleted })), count: all.length };
      },
    }),
  ];
}

/** The agency token's own scope, which its location tokens inherit. */
function scopeOf(tokens: NonNullable<World['tokens']>, auth: AuthContext): string {
  return tokens.verify(auth.accessToken)?.scope ?? '';
}

/** An object field that the spec types loosely (object, or a one-item array of it). */
function asObject(value: unknown): JsonBody {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonBody) : {};
}

const pickBooleans = (value: JsonBody | undefined): Record<string, boolean> =>
  Object.fromEntries(Object.entries(value ?? {}).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
const pickStrings = (value: JsonBody | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(value ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
