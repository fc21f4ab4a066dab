import nock from 'nock';
import type { Bundle } from 'zapier-platform-core';
import { hookEvents } from '../../src/hook-trigger';
import { contactTable } from '../../src/records/contact';
import { instant } from '../../triggers/instant';
import { API, AUTH, bundle, intercept } from '../support/harness';
import { call, HOOK, hookOp, relay, sub, useRelayStandIn, type Seen } from '../support/relay-stand-in';

/**
 * The instant triggers against a stand-in relay (nock): the exact subscribe / unsubscribe / recent
 * events requests, and each trigger's perform on a HighLevel event of its type (the same flat
 * output as its record table gives the polling triggers), an event of another type dropped.
 */
// The every-trigger cases run two app calls each (with lookups): seconds on a loaded shared
// machine, above jest's 5 s default at times; no assertion depends on time.
jest.setTimeout(20_000);
useRelayStandIn();
const op = hookOp;

describe('subscribe and unsubscribe', () => {
  test('a sub-account subscribes for its location with the filters set, with its token', async () => {
    const seen: Seen[] = [];
    relay('POST', '/v1/locations/LOC123/subscriptions', 201, sub('s1', 'OpportunityStageUpdate'), seen);
    const out = await call(op('opportunityStageChangedInstant').performSubscribe, bundle({ pipelineId: 'P1', pipelineStageId: 'ST2' }, { targetUrl: HOOK }));
    expect(seen).toEqual([
      { method: 'POST', path: '/v1/locations/LOC123/subscriptions', auth: `Bearer ${AUTH.access_token}`, body: { targetUrl: HOOK, eventType: 'OpportunityStageUpdate', filters: { pipelineId: 'P1', pipelineStageId: 'ST2' } } },
    ]);
    expect(out).toEqual({ id: 's1', scope: 'locations', tenantId: 'LOC123', subscriptions: [sub('s1', 'OpportunityStageUpdate').subscription] });
  });

  test('an agency subscribes for its company, the chosen location as a filter; no filters are sent when none is set', async () => {
    const seen: Seen[] = [];
    relay('POST', '/v1/companies/COMP9/subscriptions', 201, sub('s2', 'ContactDelete'), seen);
    const agency = { authData: { ...AUTH, userType: 'Company', locationId: '' }, targetUrl: HOOK } as Partial<Bundle>;
    await call(op('contactDeletedInstant').performSubscribe, bundle({ agencyLocationId: 'LOC7' }, agency));
    expect(seen.map((s) => s.body)).toEqual([{ targetUrl: HOOK, eventType: 'ContactDelete', filters: { locationId: 'LOC7' } }]);
    const none: Seen[] = [];
    relay('POST', '/v1/locations/LOC123/subscriptions', 201, sub('s3', 'ContactDelete'), none);
    await call(op('contactDeletedInstant').performSubscribe, bundle({}, { targetUrl: HOOK }));
    expect(none.map((s) => s.body)).toEqual([{ targetUrl: HOOK, eventType: 'ContactDelete' }]);
  });

  test('an agency-only trigger on a sub-account connection is refused before any request', async () => {
    await expect(call(op('locationCreatedInstant').performSubscribe, bundle({}, { targetUrl: HOOK }))).rejects.toThrow(/works only on an agency/);
    expect(nock.pendingMocks()).toEqual([]);
  });

  test('unsubscribe deletes each subscription it made; a subscription already gone (404) is fine', async () => {
    const seen: Seen[] = [];
    relay('DELETE', '/v1/locations/LOC123/subscriptions/s1', 404, { error: { code: 'not_found', message: 'no such subscription' } }, seen);
    const subscribeData = { id: 's1', scope: 'locations', tenantId: 'LOC123', subscriptions: [{ id: 's1' }] };
    await expect(call(op('contactCreatedInstant').performUnsubscribe, bundle({}, { subscribeData }))).resolves.toEqual({});
    expect(seen.map((s) => `${s.method} ${s.path} ${s.auth}`)).toEqual([`DELETE /v1/locations/LOC123/subscriptions/s1 Bearer ${AUTH.access_token}`]);
  });

  test('RELAY_URL unset: the error names the setting, nothing is sent', async () => {
    delete process.env.RELAY_URL;
    await expect(call(op('contactCreatedInstant').performSubscribe, bundle({}, { targetUrl: HOOK }))).rejects.toThrow(/RELAY_URL is not set.*zapier env:set/);
  });

  test('bad filter input is refused naming the field, before any request', async () => {
    await expect(call(op('opportunityCreatedInstant').performSubscribe, bundle({ pipelineId: 'a/b' }, { targetUrl: HOOK }))).rejects.toThrow(/Pipeline/);
  });

  test('the relay refusing the token asks to reconnect, and the message never holds the token', async () => {
    relay('POST', '/v1/locations/LOC123/subscriptions', 401, { error: { code: 'unauthorized', message: 'HighLevel did not accept the token for this tenant' } }, []);
    const err = await call(op('contactCreatedInstant').performSubscribe, bundle({}, { targetUrl: HOOK })).catch((e: unknown) => e);
    expect(String(err)).toMatch(/webhook relay refused POST \/v1\/locations\/LOC123\/subscriptions: HighLevel did not accept the token/);
    expect(String(err)).not.toContain(AUTH.access_token);
  });
});

/** The contact lookup and calendar list the enriched outputs read (any contact, no calendars). */
function stubLookups(): void {
  nock(API).persist().get(/^\/contacts\/[^/?]+$/).reply(200, { contact: { id: 'c1', firstName: 'Rosa', lastName: 'Delgado' } });
  nock(API).persist().get(/^\/calendars\/\?/).reply(200, { calendars: [] });
  // assigned users' names (opportunities, tasks, appointments, conversations: src/enrich/kinds.ts)
  nock(API).persist().get(/^\/users\/search\?/).reply(200, { users: [] });
}

describe('perform: the delivered event becomes the flat output', () => {
  const contactEvent = {
    type: 'ContactDelete', locationId: 'LOC123', id: 'c1', firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com',
    address1: '3535 1st St N', city: 'Dolomite', state: 'AL', postalCode: '35061', country: 'US', tags: ['postcard'],
    dateAdded: '2025-03-14T15:04:05.000Z', webhookId: 'w1', timestamp: '2025-03-16T00:00:00.000Z',
  };

  test('Contact Deleted: the same flat contact as the polling triggers (full mailing address)', async () => {
    const out = await call(op('contactDeletedInstant').perform, bundle({}, { cleanedRequest: contactEvent }));
    expect(out).toEqual([
      {
        ...contactTable.empty, id: 'c1', name: 'Rosa Delgado', firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com',
        address1: '3535 1st St N', city: 'Dolomite', state: 'AL', postalCode: '35061', country: 'US',
        fullAddress: '3535 1st St N, Dolomite, AL 35061, US', tags: ['postcard'], locationId: 'LOC123', dateAdded: '2025-03-14T15:04:05.000Z',
        webUrl: 'https://app.gohighlevel.com/v2/location/LOC123/contacts/detail/c1',
      },
    ]);
  });

  test('an event of another type is dropped', async () => {
    await expect(call(op('contactDeletedInstant').perform, bundle({}, { cleanedRequest: { ...contactEvent, type: 'ContactCreate' } }))).resolves.toEqual([]);
  });

  test('Tag Added fires only when a tag was added (the filter tag, any case), and says which', async () => {
    const tagged = { ...contactEvent, type: 'ContactTagUpdate', tags: ['postcard', 'VIP'], tagsAdded: ['VIP'], tagsRemoved: ['old'] };
    const added = (await call(op('contactTagAddedInstant').perform, bundle({ tag: 'vip' }, { cleanedRequest: tagged }))) as Record<string, unknown>[];
    expect(added.map((o) => [o.id, o.tags, o.tagsAdded, o.tagsRemoved])).toEqual([['c1', ['postcard', 'VIP'], ['VIP'], ['old']]]);
    await expect(call(op('contactTagAddedInstant').perform, bundle({ tag: 'postcard' }, { cleanedRequest: tagged }))).resolves.toEqual([]);
    const removed = (await call(op('contactTagRemovedInstant').perform, bundle({ tag: 'OLD' }, { cleanedRequest: tagged }))) as Record<string, unknown>[];
    expect(removed.map((o) => o.tagsRemoved)).toEqual([['old']]);
    await expect(call(op('contactTagRemovedInstant').perform, bundle({}, { cleanedRequest: { ...tagged, tagsRemoved: [] } }))).resolves.toEqual([]);
  });

  test('appointments are read from the nested appointment; messages take messageId as their id', async () => {
    stubLookups();
    const appt = { type: 'AppointmentCreate', locationId: 'LOC123', webhookId: 'w2', appointment: { id: 'a1', calendarId: 'cal1', contactId: 'c1', title: 'Consult', appointmentStatus: 'confirmed' } };
    const [a] = (await call(op('appointmentCreatedInstant').perform, bundle({}, { cleanedRequest: appt }))) as Record<string, unknown>[];
    expect([a!.id, a!.calendarId, a!.contactId, a!.title]).toEqual(['a1', 'cal1', 'c1', 'Consult']);
    const msg = { type: 'InboundMessage', locationId: 'LOC123', webhookId: 'w3', messageId: 'm1', conversationId: 'cv1', contactId: 'c1', body: 'Hi', messageType: 'SMS', direction: 'inbound' };
    const [m] = (await call(op('inboundMessageInstant').perform, bundle({}, { cleanedRequest: msg }))) as Record<string, unknown>[];
    expect([m!.id, m!.conversationId, m!.body]).toEqual(['m1', 'cv1', 'Hi']);
  });

  // Every instant trigger: an event of its type (its sample's fields, flat or nested as HighLevel
  // sends them) gives output with the sample's keys and the event's id; another type gives nothing.
  test.each(instant.map((t) => [t.key, t] as const))('%s: the output keys are its sample keys; other event types are dropped', async (key) => {
    const o = op(key);
    // Opportunities name their pipeline, stage and assigned user, tasks their assigned user, as the polling triggers do;
    // records with only a contactId get the contact's name, email and phone, appointments their calendar's name.
    if (key.startsWith('opportunity')) intercept('GET', '/opportunities/pipelines', { body: { pipelines: [] } });
    stubLookups();
    const types = hookEvents.get(key)!;
    const record = Object.fromEntries(Object.entries(o.sample).filter(([k]) => !['tagsAdded', 'tagsRemoved'].includes(k)));
    const fields = { ...record, id: 'rec1' };
    const nested = types[0]!.startsWith('Appointment') ? 'appointment' : types[0] === 'LCEmailStats' ? 'webhookPayload' : null;
    const event = nested ? { type: types[0], locationId: 'LOC123', webhookId: 'w', [nested]: fields } : { ...fields, type: types[0], locationId: 'LOC123', webhookId: 'w', tagsAdded: ['x'], tagsRemoved: ['y'] };
    const input = key.startsWith('customObjectRecord') ? { schemaKey: 'custom_objects.pet' } : {};
    const b = key.startsWith('location') ? bundle(input, { cleanedRequest: event, authData: { ...AUTH, userType: 'Company' } }) : bundle(input, { cleanedRequest: event });
    const out = (await call(o.perform, b)) as Record<string, unknown>[];
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0]!).sort()).toEqual(Object.keys(o.sample).sort());
    expect(out[0]!.id).toBe('rec1');
    await expect(call(o.perform, { ...b, cleanedRequest: { ...event, type: 'SaaSPlanCreate' } })).resolves.toEqual([]);
  });
});

describe('performList (samples while building the Zap)', () => {
  test('without a polling trigger: the relay\'s recent events of the type, mapped', async () => {
    const seen: Seen[] = [];
    relay('GET', '/v1/locations/LOC123/events?type=ContactDelete&limit=3', 200, { events: [{ type: 'ContactDelete', webhookId: 'w9', locationId: 'LOC123', id: 'c9', firstName: 'Ann' }] }, seen);
    const out = (await call(op('contactDeletedInstant').performList, bundle())) as Record<string, unknown>[];
    expect(out.map((o) => [o.id, o.firstName])).toEqual([['c9', 'Ann']]);
    expect(seen.map((s) => s.auth)).toEqual([`Bearer ${AUTH.access_token}`]);
  });

  test('no recent events, or no relay configured: the static sample', async () => {
    relay('GET', '/v1/locations/LOC123/events?type=NoteCreate&limit=3', 200, { events: [] }, []);
    await expect(call(op('noteCreatedInstant').performList, bundle())).resolves.toEqual([op('noteCreatedInstant').sample]);
    delete process.env.RELAY_URL;
    await expect(call(op('noteCreatedInstant').performList, bundle())).resolves.toEqual([op('noteCreatedInstant').sample]);
  });
});
