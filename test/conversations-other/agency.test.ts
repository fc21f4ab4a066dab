import type { Bundle } from 'zapier-platform-core';
import { intercept, resetNock, run, type Captured } from '../support/harness';
import { conformanceProblems, specAvailable } from '../support/spec';
import { userMessage } from '../support/table';

/**
 * Agency-only operations (Create Location, Get Company) on an agency connection (authData
 * userType 'Company'): the request goes out with the agency token itself (no location-token
 * exchange), and bad input still sends nothing. On a sub-account connection they refuse before
 * any request (test/cases/conversations-other.ts).
 */
afterEach(resetNock);

const AGENCY = { access_token: 'agency-token-123', refresh_token: 'agency-refresh', companyId: 'COMP9', userType: 'Company' };
const asAgency = (kind: 'triggers' | 'creates' | 'searches', key: string, inputData: Record<string, unknown> = {}) =>
  run(kind, key, inputData, { authData: AGENCY } as Partial<Bundle>);

const COMPANY = { id: 'COMP9', name: 'Sunrise Marketing', email: 'owner@sunrise.example.com', plan: 2, locationCount: 12, twilioFreeCredits: 100 };
const FLAT_COMPANY = {
  id: 'COMP9', name: 'Sunrise Marketing', email: 'owner@sunrise.example.com', phone: null, website: null, domain: null, subdomain: null, logoUrl: null,
  address: null, city: null, state: null, postalCode: null, country: null, timezone: null, status: null, customerType: null, plan: '2',
  locationCount: 12, isReselling: null, businessNiche: null, businessCategory: null, currency: null,
};

function expectSent(calls: Captured[], expected: { method: string; path: string; query?: Record<string, string>; body?: unknown }[]) {
  expect(calls.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual(expected.map((e) => ({ query: {}, body: undefined, ...e })));
  for (const c of calls) {
    expect(c.headers.version).toBe('2021-07-28');
    expect(c.headers.authorization).toBe('Bearer agency-token-123');
    if (specAvailable) expect(conformanceProblems(c)).toEqual([]);
  }
}

test('Create Location as an agency: the agency\'s companyId, prospect, upper-cased country', async () => {
  const calls = intercept('POST', '/locations/', {
    body: { id: 'L9', companyId: 'COMP9', name: 'Delgado Dental', phone: '+15125550100', country: 'US', timezone: 'US/Central', city: 'Dolomite' },
  });
  const out = await asAgency('creates', 'createLocation', {
    name: 'Delgado Dental', phone: '+15125550100', city: 'Dolomite', country: 'us', timezone: 'US/Central', snapshotId: 'snap1',
    prospectFirstName: 'Rosa', prospectLastName: 'Delgado', prospectEmail: 'rosa@example.com',
  });
  expectSent(calls, [
    {
      method: 'POST',
      path: '/locations/',
      body: {
        name: 'Delgado Dental', phone: '+15125550100', city: 'Dolomite', timezone: 'US/Central', snapshotId: 'snap1', companyId: 'COMP9', country: 'US',
        prospectInfo: { firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com' },
      },
    },
  ]);
  expect(out).toEqual({
    id: 'L9', name: 'Delgado Dental', companyId: 'COMP9', email: null, phone: '+15125550100', address: null, city: 'Dolomite', state: null, postalCode: null,
    country: 'US', fullAddress: 'Dolomite, US', website: null, timezone: 'US/Central', domain: null, logoUrl: null, firstName: null, lastName: null,
  });
});

test.each([
  ['a country not in the list', { name: 'X', country: 'Narnia' }, /"Country" \(country\) must be a country of the list: a two-letter code such as US, or its English name, got "Narnia"/],
  ['half a prospect', { name: 'X', prospectFirstName: 'Rosa', prospectEmail: 'rosa@example.com' }, /"Prospect Last Name" \(prospectLastName\) is required with the other prospect fields/],
  ['no name', { city: 'Dolomite' }, /"Name" \(name\) is required/],
])('Create Location as an agency with %s sends nothing', async (_n, input, error) => {
  const calls = intercept('POST', '/locations/', {});
  const err = await asAgency('creates', 'createLocation', input).then(() => new Error('no error'), (e: unknown) => e);
  expect(userMessage(err)).toMatch(error);
  expect(calls).toEqual([]);
  resetNock();
});

test('Get Company (trigger) watches the connection\'s agency by default; the version ignores fields not output', async () => {
  const calls = intercept('GET', '/companies/COMP9', { body: { company: COMPANY } });
  intercept('GET', '/companies/COMP9', { body: { company: { ...COMPANY, twilioFreeCredits: 42 } } }, calls);
  const [first] = (await asAgency('triggers', 'getCompany')) as Record<string, unknown>[];
  const [second] = (await asAgency('triggers', 'getCompany')) as Record<string, unknown>[];
  expectSent(calls, [{ method: 'GET', path: '/companies/COMP9' }, { method: 'GET', path: '/companies/COMP9' }]);
  expect(first).toEqual({ ...FLAT_COMPANY, companyId: 'COMP9', id: expect.stringMatching(/^COMP9:[0-9a-f]{12}$/) });
  expect(second!.id).toBe(first!.id);
});

test('Get Company (search) by ID as an agency; none is no result', async () => {
  const calls = intercept('GET', '/companies/C2', { body: { company: { ...COMPANY, id: 'C2' } } });
  intercept('GET', '/companies/C3', { status: 404, body: { statusCode: 404, message: 'Not found' } }, calls);
  expect(await asAgency('searches', 'getCompany', { companyId: 'C2' })).toEqual([{ ...FLAT_COMPANY, id: 'C2' }]);
  expect(await asAgency('searches', 'getCompany', { companyId: 'C3' })).toEqual([]);
  expectSent(calls, [{ method: 'GET', path: '/companies/C2' }, { method: 'GET', path: '/companies/C3' }]);
});

test('the Snapshot dropdown of Create Location lists the agency\'s snapshots with the agency token', async () => {
  const calls = intercept('GET', '/snapshots/', { body: { snapshots: [{ id: 's1', name: 'Dental Practice', type: 'own' }, { id: 's2', name: 'Gym', type: 'imported' }] } });
  expect(await asAgency('triggers', 'snapshotDropdown')).toEqual([
    { id: 's1', name: 'Dental Practice' },
    { id: 's2', name: 'Gym (imported)' },
  ]);
  expectSent(calls, [{ method: 'GET', path: '/snapshots/', query: { companyId: 'COMP9' } }]);
});
