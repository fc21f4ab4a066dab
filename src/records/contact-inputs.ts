import { countryField, timeZoneField } from '../choices';
import { tagsField, userField } from '../common-fields';
import { invalidInput } from '../errors';
import { f, type InputOf } from '../fields';

/**
 * The contact's standard fields as inputs, shared by Create, Update and Upsert Contact so the
 * three offer the same fields with the same validation. Custom fields come on top as dynamic
 * inputs (src/custom-fields.ts).
 */
export const contactInputs = (tagsHelp: string) => ({
  firstName: f.text({ label: 'First Name', helpText: 'The contact\'s given name, e.g. Rosa.' }),
  lastName: f.text({ label: 'Last Name', helpText: 'The contact\'s family name (surname), e.g. Delgado.' }),
  name: f.text({ label: 'Full Name', helpText: 'Full name, if you do not have first and last name separately.' }),
  email: f.email({ label: 'Email', helpText: 'Email address, e.g. rosa.delgado@example.com.' }),
  phone: f.phone({ label: 'Phone', helpText: 'Phone number with country code, e.g. +1 512 555 0143.' }),
  companyName: f.text({ label: 'Company Name', helpText: 'The company the contact works for.' }),
  address1: f.text({ label: 'Street Address', helpText: 'Street and number of the mailing address.' }),
  city: f.text({ label: 'City', helpText: 'City of the mailing address.' }),
  state: f.text({ label: 'State', helpText: 'State or region, e.g. AL.' }),
  postalCode: f.text({ label: 'Postal Code', helpText: 'ZIP or postal code of the address, e.g. 78701.' }),
  country: countryField({ label: 'Country', helpText: 'The country of the mailing address: pick one, or map a two-letter code such as US (or the country\'s English name).' }),
  website: f.text({ label: 'Website', helpText: 'The contact\'s website, e.g. `https://example.com`.' }),
  timezone: timeZoneField({ label: 'Timezone', helpText: 'The contact\'s time zone: pick one, or map an IANA name such as America/Chicago.' }),
  dateOfBirth: f.date({ label: 'Date of Birth', helpText: 'A date such as 1988-04-12.' }),
  source: f.text({ label: 'Source', helpText: 'Where the contact came from, e.g. "Zapier".' }),
  tags: tagsField(false, tagsHelp),
  assignedTo: userField('Assigned User', 'The user who owns this contact.'),
  dnd: f.boolean({ label: 'Do Not Disturb', helpText: 'Yes stops all messages to this contact.' }),
});

export type ContactInput = InputOf<ReturnType<typeof contactInputs>>;

const STANDARD_KEYS = [
  'firstName', 'lastName', 'name', 'email', 'phone', 'companyName', 'address1', 'city', 'state',
  'postalCode', 'country', 'website', 'timezone', 'dateOfBirth', 'source', 'tags', 'assignedTo', 'dnd',
] as const satisfies readonly (keyof ContactInput)[];

/** The request body's standard fields: only what the user filled in, so an update changes nothing else. */
export function contactBody(input: ContactInput): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const k of STANDARD_KEYS) if (input[k] !== undefined) body[k] = input[k];
  return body;
}

/** A new contact needs something to know it by; HighLevel would accept an empty one. */
export function requireIdentity(input: ContactInput): void {
  if (!input.email && !input.phone && !input.firstName && !input.lastName && !input.name) {
    throw invalidInput({ key: 'email', label: 'Email' }, 'or Phone or a name is required to create a contact');
  }
}
