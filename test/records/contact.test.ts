import type { Bundle, ZObject } from 'zapier-platform-core';
import { contactTable } from '../../src/records/contact';
import { CF_DEFS, FLAT_CONTACT, RAW_CONTACT, userNamesCall } from '../cases/fixtures';
import { intercept, resetNock, run } from '../support/harness';
import { userMessage } from '../support/table';

afterEach(resetNock);

const CF_PATH = '/locations/LOC123/customFields';
const BIRTH_MS = Date.UTC(1988, 3, 12);

/** GET /contacts/{id}: the spec's contact shape. */
const FROM_GET = { ...RAW_CONTACT, dateOfBirth: '1988-04-12' };
/** The same contact as POST /contacts/search answers it (FACTS.md): `address`, epoch-ms birth date, no `name`. */
const { address1: street, name: _name, ...rest } = FROM_GET;
const FROM_SEARCH = { ...rest, address: street, contactName: 'Rosa Delgado', dateOfBirth: BIRTH_MS, phoneLabel: 'Mobile', validEmail: true, searchAfter: [1710428645000, 'c1'] };

const EXPECTED = { ...FLAT_CONTACT, dateOfBirth: '1988-04-12' };

/** A step context whose z.console lines are kept. */
function ctxWithConsole() {
  const lines: string[] = [];
  const z = { console: { log: (line: string) => lines.push(line) } } as unknown as ZObject;
  return { ctx: { z, bundle: { authData: { locationId: 'LOC123' }, inputData: {} } as unknown as Bundle }, lines };
}

describe('a contact is the same flat output whichever endpoint it came from', () => {
  test('New Contact (POST /contacts/search) and Get Contact (GET /contacts/{id}) give the same output', async () => {
    intercept('POST', '/contacts/search', { body: { contacts: [FROM_SEARCH], total: 1 } });
    intercept('GET', CF_PATH, { body: CF_DEFS });
    intercept('GET', '/users/search', userNamesCall(['U1']).reply);
    const fromSearch = await run('triggers', 'newContact');
    intercept('GET', '/contacts/c1', { body: { contact: FROM_GET } });
    intercept('GET', CF_PATH, { body: CF_DEFS });
    intercept('GET', '/users/search', userNamesCall(['U1']).reply);
    const fromGet = await run('searches', 'getContact', { contactId: 'c1' });
    expect(fromSearch).toEqual([EXPECTED]);
    expect(fromGet).toEqual([EXPECTED]);
  });

  test('a contact with a birth date in epoch ms does not fail the whole poll', async () => {
    const plain = { id: 'c2', firstName: 'Ana', dateAdded: '2025-03-16T10:00:00.000Z' };
    intercept('POST', '/contacts/search', { body: { contacts: [{ ...plain, dateOfBirth: BIRTH_MS }, { ...plain, id: 'c3' }] } });
    const out = (await run('triggers', 'newContact')) as Record<string, unknown>[];
    expect(out.map((c) => [c.id, c.dateOfBirth])).toEqual([['c2', '1988-04-12'], ['c3', null]]);
  });

  test('lower-case-only names are used when the proper ones are missing', () => {
    const c = contactTable.parse({ id: 'c4', firstNameLowerCase: 'rosa', lastNameLowerCase: 'delgado' }, 'contacts.0', 'the contact list');
    expect([c.firstName, c.lastName, c.name]).toEqual(['rosa', 'delgado', 'rosa delgado']);
  });
});

describe('lenient parsing: an unexpected field type is an empty output and one log line, never a failed step', () => {
  test('object date, text flag, object tags, numeric phone', async () => {
    const { ctx, lines } = ctxWithConsole();
    const rows = contactTable.list('contacts')({
      contacts: [{ id: 'c5', dateAdded: { $date: 1 }, dnd: 'yes', tags: { a: 1 }, phone: 15125550143, dateOfBirth: null, city: null }],
    });
    const [out] = await contactTable.output(rows, ctx);
    expect(out).toMatchObject({ id: 'c5', dateAdded: null, dnd: null, tags: [], phone: '15125550143', dateOfBirth: null, city: null });
    expect(lines).toEqual([
      'HighLevel sent contact c5 with "tags" (Tags) as an object; the output "tags" is left empty.',
      'HighLevel sent contact c5 with "dnd" (Do Not Disturb) as a string; the output "dnd" is left empty.',
      'HighLevel sent contact c5 with "dateAdded" (Date Added) as an object; the output "dateAdded" is left empty.',
    ]);
  });

  test('a source of the wrong type falls through to its alternative', () => {
    const c = contactTable.parse({ id: 'c6', address1: { line: 'x' }, address: '1 Main St' }, 'contact', 'the contact request');
    expect(c.address1).toBe('1 Main St');
  });

  test('datetimes from epoch seconds and epoch ms become ISO; ISO text is kept as sent', () => {
    const c = contactTable.parse({ id: 'c7', dateAdded: 1710428645, dateUpdated: '1710428645000' }, 'contact', 'the contact request');
    expect([c.dateAdded, c.dateUpdated]).toEqual(['2024-03-14T15:04:05.000Z', '2024-03-14T15:04:05.000Z']);
    expect(contactTable.parse({ id: 'c8', dateAdded: '2025-03-14T15:04:05Z', dateOfBirth: '1988-04-12T00:00:00.000Z' }, 'c', 'x')).toMatchObject({
      dateAdded: '2025-03-14T15:04:05Z',
      dateOfBirth: '1988-04-12',
    });
  });

  test('only the id and the list are required: their absence is an error naming where', async () => {
    intercept('POST', '/contacts/search', { body: { contacts: [{ id: 'c1' }, { email: 'no-id@example.com' }] } });
    const failure = (p: Promise<unknown>) => p.then(() => 'no error', userMessage);
    expect(await failure(run('triggers', 'newContact'))).toBe('HighLevel answered the contact list with an unexpected response at "contacts.1.id": the contact has no id.');
    intercept('POST', '/contacts/search', { body: { contacts: { id: 'c1' } } });
    expect(await failure(run('triggers', 'newContact'))).toBe('HighLevel answered the contact list with an unexpected response at "contacts": expected a list, got an object.');
  });

  test('a numeric id is read as text', () => {
    expect(contactTable.parse({ id: 42 }, 'contact', 'x').id).toBe('42');
  });
});

describe('the table gives the labelled output fields and the sample', () => {
  test('every output key is labelled and typed, and the sample covers them', () => {
    const keys = contactTable.outputFields.map((o) => o.key);
    expect(keys.slice(0, 3)).toEqual(['firstName', 'lastName', 'email']); // important first
    expect(new Set(keys)).toEqual(new Set(Object.keys(contactTable.fields)));
    for (const key of keys) expect(contactTable.sample).toHaveProperty(key);
    expect(contactTable.outputFields.find((o) => o.key === 'dateAdded')).toEqual({ key: 'dateAdded', label: 'Date Added', type: 'datetime' });
    expect(contactTable.outputFields.find((o) => o.key === 'tags')).toEqual({ key: 'tags', label: 'Tags', list: true });
    // Samples hold only keys every account has (Zapier's sample rules): no custom field.
    expect(Object.keys(contactTable.sample).filter((k) => k.startsWith('custom_'))).toEqual([]);
  });
});
