import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../index';
import { appTester, AUTH, intercept, resetNock, run } from './support/harness';
import { CF_DEFS, RAW_CONTACT } from './cases/fixtures';

afterEach(resetNock);

type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
const lastFn = (fields: unknown[] | undefined): Fn => (fields ?? []).filter((f) => typeof f === 'function').pop() as Fn;
const CF_PATH = '/locations/LOC123/customFields';

test('Create Contact offers the location\'s custom fields as named, typed inputs', async () => {
  const calls = intercept('GET', CF_PATH, { body: CF_DEFS });
  const fields = await appTester(lastFn(app.creates.createContact!.operation.inputFields as unknown[]), { authData: AUTH, inputData: {} } as unknown as Bundle);
  expect(fields).toEqual([
    { key: 'customField__cfMailDay', label: 'Preferred Mail Day', helpText: 'Custom field "Preferred Mail Day" (contact.preferred_mail_day, single_options).', required: false, type: 'string', choices: { Monday: 'Monday', Tuesday: 'Tuesday' } },
    { key: 'customField__cfHousehold', label: 'Household Size', helpText: 'Custom field "Household Size" (contact.household_size, numerical).', required: false, type: 'number' },
    { key: 'customField__cfInterests', label: 'Interests', helpText: 'Custom field "Interests" (contact.interests, checkbox). Options: Catalog, Postcards.', required: false, list: true, type: 'string', choices: ['Catalog', 'Postcards'] },
    { key: 'customField__cfRenewal', label: 'Renewal Date', helpText: 'Custom field "Renewal Date" (contact.renewal_date, date). A date such as 2025-03-14.', required: false, type: 'string' },
  ]);
  expect(calls[0]!.query).toEqual({ model: 'contact' });
});

test('Update and Upsert Contact offer the same custom fields (custom fields on update too)', () => {
  for (const key of ['updateContact', 'upsertContact']) {
    expect(lastFn(app.creates[key]!.operation.inputFields as unknown[])).toBeInstanceOf(Function);
  }
});

test('outputs are labelled with the custom field names', async () => {
  intercept('GET', CF_PATH, { body: CF_DEFS });
  const fields = await appTester(lastFn(app.triggers.newContact!.operation.outputFields as unknown[]), { authData: AUTH, inputData: {} } as unknown as Bundle);
  expect(fields).toEqual([
    { key: 'custom_preferred_mail_day', label: 'Custom field: Preferred Mail Day' },
    { key: 'custom_household_size', label: 'Custom field: Household Size' },
    { key: 'custom_interests', label: 'Custom field: Interests' },
    { key: 'custom_renewal_date', label: 'Custom field: Renewal Date' },
  ]);
});

test('a field created after the definitions were cached is looked up fresh once, then named', async () => {
  const calls = intercept('POST', '/contacts/search', { body: { contacts: [{ ...RAW_CONTACT, assignedTo: null, customFields: [{ id: 'cfNew', value: 'blue' }] }] } });
  // first answer (the cached list) lacks cfNew; the fresh one has it
  intercept('GET', CF_PATH, { body: CF_DEFS }, calls);
  intercept('GET', CF_PATH, { body: { customFields: [...CF_DEFS.customFields, { id: 'cfNew', name: 'Card Color', fieldKey: 'contact.card_color', dataType: 'TEXT' }] } }, calls);
  const out = (await run('triggers', 'newContact')) as Record<string, unknown>[];
  expect(out[0]!.custom_card_color).toBe('blue');
  expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /contacts/search', `GET ${CF_PATH}`, `GET ${CF_PATH}`]);
});

test('a value whose field is unknown even after a fresh look-up keeps its id as key', async () => {
  intercept('GET', '/contacts/c1', { body: { contact: { id: 'c1', customFields: [{ id: 'zzz', value: 7 }] } } });
  intercept('GET', CF_PATH, { body: { customFields: [] } });
  intercept('GET', CF_PATH, { body: { customFields: [] } });
  const out = (await run('searches', 'getContact', { contactId: 'c1' })) as Record<string, unknown>[];
  expect(out[0]!.custom_zzz).toBe(7);
});

test('values of a field that no longer exists cost one fresh look-up per cache period, not one per poll', async () => {
  const contact = { contact: { id: 'c1', customFields: [{ id: 'deleted1', value: 'x' }] } };
  const calls = intercept('GET', '/contacts/c1', { body: contact });
  intercept('GET', CF_PATH, { body: CF_DEFS }, calls);
  intercept('GET', CF_PATH, { body: CF_DEFS }, calls); // the one fresh look-up
  intercept('GET', '/contacts/c1', { body: contact }, calls);
  const perform = app.searches.getContact!.operation.perform as unknown as Fn;
  const bundle = { authData: AUTH, inputData: { contactId: 'c1' } } as unknown as Bundle;
  await appTester(perform, bundle, true); // cold cache
  const second = (await appTester(perform, bundle)) as Record<string, unknown>[]; // same cache (one Zap, later poll)
  expect(second[0]!.custom_deleted1).toBe('x');
  expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /contacts/c1', `GET ${CF_PATH}`, `GET ${CF_PATH}`, 'GET /contacts/c1']);
});
