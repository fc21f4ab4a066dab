import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { appTester, AUTH, intercept, resetNock, run, type Captured } from '../support/harness';

/**
 * Opportunities and pipelines are record tables: HighLevel's answers are read leniently (a field
 * of an unexpected type is an empty output, never a failed poll), and the names next to the IDs
 * cost one request per kind per step at most, none while cached.
 */
afterEach(resetNock);

const V = '2021-07-28';
const PIPELINES = { pipelines: [{ id: 'P1', name: 'Direct Mail Sales', stages: [{ id: 'S1', name: 'New Lead', position: 0 }, { id: 'S2', name: 'Postcard Sent', position: 1 }] }] };
const paths = (calls: Captured[]) => calls.map((c) => `${c.method} ${c.path}`);
const search = (opportunities: unknown[], into: Captured[] = []) => intercept('GET', '/opportunities/search', { body: { opportunities } }, into);

describe('lenient parsing (each of these failed the whole poll before)', () => {
  test('wrong types: the field is empty, the rest of the opportunity is output', async () => {
    const raw = {
      id: 'o1', name: 42, monetaryValue: { amount: 5 }, pipelineId: 'P1', pipelineStageId: 'S2', status: 'open',
      createdAt: 1710428400000, contact: { id: 'c1', name: 'Rosa Delgado', tags: ['vip', 7, { x: 1 }] }, followers: 'U1', source: '',
    };
    const calls = search([raw]);
    intercept('GET', '/opportunities/pipelines', { body: PIPELINES }, calls);
    const [o] = (await run('triggers', 'newOpportunity', { pipelineId: 'P1' })) as Record<string, unknown>[];
    expect(paths(calls)).toEqual(['GET /opportunities/search', 'GET /opportunities/pipelines']);
    expect(o).toMatchObject({
      id: 'o1', name: '42', monetaryValue: null, createdAt: '2024-03-14T15:00:00.000Z', contactId: 'c1', contactName: 'Rosa Delgado',
      contactTags: ['vip', '7'], followers: ['U1'], source: null, pipelineName: 'Direct Mail Sales', stageName: 'Postcard Sent',
    });
  });

  test('nulls and the spec\'s own shape (followers as lists inside the list, custom values as { id, fieldValue })', async () => {
    const raw = {
      id: 'o2', name: null, monetaryValue: null, pipelineId: null, contact: null, followers: [['U1']], notes: [[]], customFields: [{ id: 'cf1', fieldValue: 'Mail' }],
      indexVersion: 1, externalObjectId: 'x',
    };
    search([raw]);
    intercept('GET', '/locations/LOC123/customFields', { body: { customFields: [{ id: 'cf1', name: 'Channel', fieldKey: 'opportunity.channel', dataType: 'TEXT', model: 'opportunity' }] } });
    const [o] = (await run('searches', 'findOpportunity', { contactId: 'c1' })) as Record<string, unknown>[];
    expect(o).toMatchObject({ id: 'o2', name: null, monetaryValue: null, pipelineId: null, pipelineName: null, contactId: null, contactName: null, contactTags: [], followers: [], custom_channel: 'Mail' });
  });

  test('an opportunity without an id is still an unexpected answer', async () => {
    search([{ name: 'No id' }]);
    await expect(run('triggers', 'newOpportunity', { pipelineId: 'P1' })).rejects.toThrow(/unexpected response at .{0,2}"opportunities\.0\.id.{0,2}": the opportunity has no id/);
  });

  test('upsert reads `new` given as text', async () => {
    intercept('POST', '/opportunities/upsert', { body: { opportunity: { id: 'o3', pipelineId: 'P1' }, new: 'true' } });
    intercept('GET', '/opportunities/pipelines', { body: PIPELINES });
    const out = (await run('creates', 'upsertOpportunity', { pipelineId: 'P1', contactId: 'c1' })) as Record<string, unknown>;
    expect([out.id, out.pipelineName, out.isNew]).toEqual(['o3', 'Direct Mail Sales', true]);
  });

  test('pipelines: a name as a number, flags as text, the spec\'s stages (lists inside the list) and a numeric stage id (read as text)', async () => {
    intercept('GET', '/opportunities/pipelines', {
      body: {
        pipelines: [
          { id: 'P1', name: 7, showInFunnel: 'true', stages: [['S9'], { id: 5, name: 'Five' }, { name: 'No id' }, { id: 'S1', name: 'New Lead' }, { id: 'S2' }] },
          { id: 'P2', stages: [['A'], ['B']] },
        ],
      },
    });
    const out = (await run('triggers', 'listPipelines')) as Record<string, unknown>[];
    expect(out).toEqual([
      { id: 'P1', name: '7', stageNames: ['Five', 'New Lead', 'S2'], stageIds: ['5', 'S1', 'S2'], stageCount: 3, showInFunnel: true, showInPieChart: null, locationId: null },
      { id: 'P2', name: null, stageNames: [], stageIds: [], stageCount: 0, showInFunnel: null, showInPieChart: null, locationId: null },
    ]);
  });
});

describe('names next to IDs: one request per kind per step, none while cached', () => {
  type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
  const perform = (app.triggers.newOpportunity!.operation as { perform: unknown }).perform as Fn;
  const poll = (clear: boolean) => appTester(perform, { authData: AUTH, inputData: { pipelineId: 'P1' }, meta: {} } as unknown as Bundle, clear) as Promise<Record<string, unknown>[]>;
  const opp = (id: string, assignedTo: string, extra: Record<string, unknown> = {}) => ({ id, pipelineId: 'P1', pipelineStageId: 'S1', assignedTo, ...extra });
  const USERS = [{ id: 'U1', firstName: 'Sam', lastName: 'Lee' }, { id: 'U2', name: 'Ana Ruiz' }, { id: 'U3', name: 'Lee Park' }];

  test('5 opportunities of 3 distinct users: exactly one user search with the 3 IDs; one lost reason list; a later poll costs nothing more', async () => {
    const calls = search([opp('o1', 'U1'), opp('o2', 'U2'), opp('o3', 'U1', { status: 'lost', lostReasonId: 'LR1' }), opp('o4', 'U3'), opp('o5', 'U2')]);
    intercept('GET', '/opportunities/pipelines', { body: PIPELINES }, calls);
    intercept('GET', '/users/search', { body: { users: USERS, count: 3 } }, calls);
    intercept('GET', '/opportunities/lost-reason', { body: { lostReasons: [{ id: 'LR1', name: 'Chose a competitor' }], total: 1 } }, calls);
    const first = await poll(true);
    expect(paths(calls)).toEqual(['GET /opportunities/search', 'GET /opportunities/pipelines', 'GET /users/search', 'GET /opportunities/lost-reason']);
    expect(calls[2]!.query).toEqual({ companyId: 'COMP9', locationId: 'LOC123', ids: 'U1,U2,U3', limit: '3' });
    expect(calls[3]!.query).toEqual({ locationId: 'LOC123', limit: '100', skip: '0' });
    expect(calls.every((c) => c.headers.version === V)).toBe(true);
    expect(first.map((o) => [o.id, o.stageName, o.assignedUserName, o.lostReasonName])).toEqual([
      ['o1', 'New Lead', 'Sam Lee', null], ['o2', 'New Lead', 'Ana Ruiz', null], ['o3', 'New Lead', 'Sam Lee', 'Chose a competitor'], ['o4', 'New Lead', 'Lee Park', null], ['o5', 'New Lead', 'Ana Ruiz', null],
    ]);

    // a user HighLevel no longer knows is remembered as unknown: the next poll asks only for the new one
    const again = search([opp('o6', 'U4'), opp('o1', 'U1'), opp('o3', 'U1', { lostReasonId: 'LR1' })]);
    intercept('GET', '/users/search', { body: { users: [], count: 0 } }, again);
    const second = await poll(false);
    expect(paths(again)).toEqual(['GET /opportunities/search', 'GET /users/search']);
    expect(again[1]!.query.ids).toBe('U4');
    expect(second.map((o) => [o.id, o.assignedUserName, o.lostReasonName])).toEqual([['o6', null], ['o1', 'Sam Lee'], ['o3', 'Sam Lee', 'Chose a competitor']].map((r) => (r.length === 2 ? [...r, null] : r)));

    const third = search([opp('o6', 'U4')]);
    await poll(false);
    expect(paths(third)).toEqual(['GET /opportunities/search']);
  });

  test('opportunities without an assigned user or lost reason read no user or lost reason list', async () => {
    const calls = search([{ id: 'o1', pipelineId: 'P1' }]);
    intercept('GET', '/opportunities/pipelines', { body: PIPELINES }, calls);
    const [o] = await poll(true);
    expect(paths(calls)).toEqual(['GET /opportunities/search', 'GET /opportunities/pipelines']);
    expect([o!.pipelineName, o!.assignedUserName, o!.lostReasonName]).toEqual(['Direct Mail Sales', null, null]);
  });
});
