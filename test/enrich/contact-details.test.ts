import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { appTester, AUTH, intercept, resetNock } from '../support/harness';

afterEach(resetNock);

type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
const perform = (app.triggers.newInboundMessage!.operation as { perform: unknown }).perform as Fn;
const EXPORT = '/conversations/messages/export';
const msg = (id: string, contactId: string) => ({ id, contactId, direction: 'inbound', messageType: 'TYPE_SMS', body: 'hi', dateAdded: '2025-03-14T18:13:49.000Z' });
const contact = (id: string, name: string) => ({ body: { contact: { id, name, email: `${id}@example.com`, phone: '+15125550100' } } });
const poll = (authData: Record<string, unknown>, clear: boolean) => appTester(perform, { authData, inputData: { channel: 'SMS' }, meta: {} } as unknown as Bundle, clear) as Promise<Record<string, unknown>[]>;
const paths = (calls: { method: string; path: string }[]) => calls.map((c) => `${c.method} ${c.path}`);

test('a second poll within the cache time looks up no contact; another location looks up its own', async () => {
  const calls = intercept('GET', EXPORT, { body: { messages: [msg('m1', 'c1'), msg('m2', 'c2'), msg('m3', 'c1')] } });
  intercept('GET', '/contacts/c1', contact('c1', 'Rosa Delgado'), calls);
  intercept('GET', '/contacts/c2', contact('c2', 'Sam Ortiz'), calls);
  const first = await poll(AUTH, true);
  expect(paths(calls)).toEqual([`GET ${EXPORT}`, 'GET /contacts/c1', 'GET /contacts/c2']);
  expect(first.map((m) => [m.id, m.contactName, m.contactEmail])).toEqual([['m1', 'Rosa Delgado', 'c1@example.com'], ['m2', 'Sam Ortiz', 'c2@example.com'], ['m3', 'Rosa Delgado', 'c1@example.com']]);

  const again = intercept('GET', EXPORT, { body: { messages: [msg('m4', 'c2'), msg('m1', 'c1')] } });
  const second = await poll(AUTH, false);
  expect(paths(again)).toEqual([`GET ${EXPORT}`]);
  expect(second.map((m) => [m.id, m.contactName])).toEqual([['m4', 'Sam Ortiz'], ['m1', 'Rosa Delgado']]);

  // the cache key carries company and location: another sub-account's c1 is looked up afresh
  const other = intercept('GET', EXPORT, { body: { messages: [msg('m9', 'c1')] } });
  intercept('GET', '/contacts/c1', contact('c1', 'Someone Else'), other);
  const third = await poll({ ...AUTH, locationId: 'LOC999' }, false);
  expect(paths(other)).toEqual([`GET ${EXPORT}`, 'GET /contacts/c1']);
  expect(third[0]!.contactName).toBe('Someone Else');
});
