import { locationId } from '../../src/client';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { endpoint } from '../../src/endpoint';
import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { contactOutputs, contactTable, type Contact } from '../../src/records/contact';

export const duplicateContactEndpoint = endpoint('GET', '/contacts/search/duplicate', '2021-07-28', ['contacts.readonly']);

/** The spec gives no response schema; HighLevel answers `{ contact }` or `{ contact: null }`. */
export const duplicateRecord = (body: unknown): Contact | null => {
  const found = typeof body === 'object' && body !== null && 'contact' in body ? body.contact : null;
  return found === null || found === undefined ? null : contactTable.parse(found, 'contact', 'the duplicate contact check');
};

export const duplicateInputs = {
  email: f.email({ label: 'Email', helpText: 'Look for a contact with this email (it wins over phone).' }),
  number: f.phone({ label: 'Phone', helpText: 'Look for a contact with this phone number.' }),
};

/**
 * The query of the duplicate check; at least one of email and phone. HighLevel follows the
 * location's "Allow Duplicate Contact" setting, where email has priority over phone.
 */
export const duplicateQuery = (input: { email?: string; number?: string }, loc: string) => {
  if (!input.email && !input.number) throw invalidInput({ key: 'email', label: 'Email' }, 'or Phone is required');
  return { query: { locationId: loc, email: input.email, number: input.number } };
};

/** Get Duplicate Contact: fires when a contact with that email/phone exists, and again when it changes. */
export default defineRecordTrigger({
  key: 'getDuplicateContact',
  noun: 'Contact',
  label: 'Get Duplicate Contact',
  description: 'Triggers when a contact with the given email or phone exists, and again whenever it changes (a duplicate check).',
  endpoint: duplicateContactEndpoint,
  inputs: duplicateInputs,
  request: (input, { bundle }) => duplicateQuery(input, locationId(bundle)),
  record: duplicateRecord,
  ...contactOutputs,
  recordIdKey: 'contactId',
  recordIdLabel: 'Contact ID',
  version: (c) => c.dateUpdated ?? fingerprint(c),
});
