import { agencyFixtures, pipelineCases } from '../cases/opportunities-users-businesses-workflows';
import { AUTH, intercept, resetNock, run, type Captured } from '../support/harness';
import { conformanceProblems, specAvailable } from '../support/spec';
import { runTable, userMessage } from '../support/table';

runTable('Opportunities, Users, Businesses, Workflows & Campaigns operations', pipelineCases);

/*
 * Agency-only operations on an agency connection (authData userType 'Company', no location).
 * The table runs every case on a sub-account connection (its cases cannot set authData), where
 * these operations stop before any request; here they send their request.
 */
describe('agency-only operations on an agency connection', () => {
  afterEach(resetNock);
  const agency = { authData: { ...AUTH, userType: 'Company', locationId: undefined } } as unknown as Parameters<typeof run>[3];
  const sent = (calls: Captured[]) => {
    for (const c of calls) {
      expect(c.headers.version).toBe('2021-07-28');
      expect(c.headers.authorization).toBe('Bearer test-access-token-abc');
      if (specAvailable) expect(conformanceProblems(c)).toEqual([]);
    }
    return calls.map(({ method, path, query, body }) => ({ method, path, query, body }));
  };

  test('Filter Users by Email (trigger): comma-separated emails, whole users', async () => {
    const calls = intercept('POST', '/users/search/filter-by-email', { body: { users: [agencyFixtures.RAW_USER], count: 1 } });
    expect(await run('triggers', 'filterUsersByEmail', { emails: 'sam@example.com, ana@example.com' }, agency)).toEqual([agencyFixtures.FLAT_USER]);
    expect(sent(calls)).toEqual([
      { method: 'POST', path: '/users/search/filter-by-email', query: {}, body: { companyId: 'COMP9', emails: 'sam@example.com,ana@example.com', projection: 'all', skip: '0', limit: '100' } },
    ]);
  });

  test('Filter Users by Email (search): deleted users', async () => {
    const calls = intercept('POST', '/users/search/filter-by-email', { body: { users: [] } });
    expect(await run('searches', 'filterUsersByEmail', { emails: ['sam@example.com'], deleted: 'true' }, agency)).toEqual([]);
    expect(sent(calls)).toEqual([
      { method: 'POST', path: '/users/search/filter-by-email', query: {}, body: { companyId: 'COMP9', emails: 'sam@example.com', deleted: true, projection: 'all', skip: '0', limit: '25' } },
    ]);
  });

  test('Filter Users by Email: a bad address names the field and sends nothing', async () => {
    const calls = intercept('POST', '/users/search/filter-by-email', {});
    const err = await run('searches', 'filterUsersByEmail', { emails: 'sam@example.com, ana@' }, agency).catch((e: unknown) => e);
    expect(userMessage(err)).toMatch(/"Emails" \(emails\) must be email addresses, got "ana@"/);
    expect(calls).toEqual([]);
  });

  test('List Snapshots: the agency\'s snapshots', async () => {
    const calls = intercept('GET', '/snapshots/', { body: { snapshots: [{ id: 'SN1', name: 'Dental Practice', type: 'own' }] } });
    expect(await run('triggers', 'listSnapshots', {}, agency)).toEqual([{ id: 'SN1', name: 'Dental Practice', type: 'own' }]);
    expect(sent(calls)).toEqual([{ method: 'GET', path: '/snapshots/', query: { companyId: 'COMP9' }, body: undefined }]);
  });
});
