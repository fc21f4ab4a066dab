import { countryField, timeZoneField } from '../choices';
import { tagsField, userField } from '../common-fields';
import { customOutputFields } from '../custom-fields';
import { assignedUserNameField, withUserNames } from '../enrich/kinds';
import { enriched, enrichedAnswer } from '../enrich/names';
import { f } from '../fields';
import { defineRecord, t, type Output } from '../record-table';
import { webLink } from '../web-link';
import { oneLineAddress } from '../schemas';

/**
 * A contact as a Zap step maps it: flat, labelled, the full mailing address (what a direct-mail
 * service such as Mailbox Power needs), tags, dates and custom fields by name. One table for both
 * shapes HighLevel answers in (FACTS.md): GET /contacts/{id} (`address1`, `dateOfBirth` as text)
 * and POST /contacts/search (`address`, `dateOfBirth` in epoch ms, sometimes lower-case names only).
 * Adding a field is one line here: its output (label, source, type, sample) and, for a field the
 * contact actions write, its `input` (the Create / Update / Upsert Contact input of the same key,
 * sent under that key; src/records/contact-inputs.ts builds the inputs and the body from it, and
 * the sandbox keeps the written fields from the same entries).
 */
export const contactTable = defineRecord(
  {
    id: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    firstName: {
      label: 'First Name', type: t.text, from: ['firstName', 'firstNameLowerCase'], sample: 'Rosa', important: true,
      input: f.text({ label: 'First Name', helpText: 'The contact\'s given name, e.g. Rosa.' }),
    },
    lastName: {
      label: 'Last Name', type: t.text, from: ['lastName', 'lastNameLowerCase'], sample: 'Delgado', important: true,
      input: f.text({ label: 'Last Name', helpText: 'The contact\'s family name (surname), e.g. Delgado.' }),
    },
    name: {
      label: 'Full Name', type: t.text, from: ['name', 'contactName'], sample: 'Rosa Delgado',
      derive: (c) => [c.firstName, c.lastName].filter(Boolean).join(' ') || null,
      input: f.text({ label: 'Full Name', helpText: 'Full name, if you do not have first and last name separately.' }),
    },
    email: {
      label: 'Email', type: t.text, sample: 'rosa.delgado@example.com', important: true,
      input: f.email({ label: 'Email', helpText: 'Email address, e.g. rosa.delgado@example.com.' }),
    },
    phone: { label: 'Phone', type: t.text, sample: '+15125550143', input: f.phone({ label: 'Phone', helpText: 'Phone number with country code, e.g. +1 512 555 0143.' }) },
    companyName: {
      label: 'Company Name', type: t.text, from: ['companyName', 'businessName'], sample: 'Delgado Dental',
      input: f.text({ label: 'Company Name', helpText: 'The company the contact works for.' }),
    },
    address1: {
      label: 'Street Address', type: t.text, from: ['address1', 'address'], sample: '3535 1st St N',
      input: f.text({ label: 'Street Address', helpText: 'Street and number of the mailing address.' }),
    },
    city: { label: 'City', type: t.text, sample: 'Dolomite', input: f.text({ label: 'City', helpText: 'City of the mailing address.' }) },
    state: { label: 'State', type: t.text, sample: 'AL', input: f.text({ label: 'State', helpText: 'State or region, e.g. AL.' }) },
    postalCode: { label: 'Postal Code', type: t.text, sample: '35061', input: f.text({ label: 'Postal Code', helpText: 'ZIP or postal code of the address, e.g. 78701.' }) },
    country: {
      label: 'Country', type: t.text, sample: 'US',
      input: countryField({ label: 'Country', helpText: 'The country of the mailing address: pick one, or map a two-letter code such as US (or the country\'s English name).' }),
    },
    fullAddress: {
      label: 'Full Mailing Address', type: t.text, from: [], sample: '3535 1st St N, Dolomite, AL 35061, US',
      derive: (c) => oneLineAddress({ street: c.address1, city: c.city, state: c.state, postalCode: c.postalCode, country: c.country }),
    },
    website: {
      label: 'Website', type: t.text, sample: 'https://delgadodental.example.com',
      input: f.text({ label: 'Website', helpText: 'The contact\'s website, e.g. `https://example.com`.' }),
    },
    timezone: {
      label: 'Timezone', type: t.text, sample: 'America/Chicago',
      input: timeZoneField({ label: 'Timezone', helpText: 'The contact\'s time zone: pick one, or map an IANA name such as America/Chicago.' }),
    },
    dateOfBirth: { label: 'Date of Birth', type: t.date, sample: '1988-04-12', input: f.date({ label: 'Date of Birth', helpText: 'A date such as 1988-04-12.' }) },
    source: { label: 'Source', type: t.text, sample: 'public api', input: f.text({ label: 'Source', helpText: 'Where the contact came from, e.g. "Zapier".' }) },
    // Each action words the tags input's help itself (contactInputs): replace, or give to a new contact.
    tags: { label: 'Tags', type: t.strings, sample: ['new lead', 'postcard'], input: tagsField(false, 'The contact\'s tags.') },
    type: { label: 'Contact Type', type: t.text, sample: 'lead' },
    assignedTo: {
      label: 'Assigned User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo',
      input: userField('Assigned User', 'The user who owns this contact.'),
    },
    ...assignedUserNameField,
    dnd: { label: 'Do Not Disturb', type: t.boolean, sample: false, input: f.boolean({ label: 'Do Not Disturb', helpText: 'Yes stops all messages to this contact.' }) },
    businessId: { label: 'Business ID', type: t.text, sample: null },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    webUrl: webLink('Contact URL (in HighLevel)', (id) => `contacts/detail/${id}`, 'seD4PfOuKoVMLkEZqohJ'),
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    dateUpdated: { label: 'Date Updated', type: t.datetime, sample: '2025-03-15T09:30:00.000Z' },
  },
  { name: 'contact', customFields: { model: 'contact', sample: {} } },
);

export type Contact = Output<typeof contactTable.fields>;

/**
 * The contact's assigned user by name next to the ID: one user search for the step's distinct
 * users at most, none while their names are cached (src/enrich/names.ts).
 */
const userNames = withUserNames('assignedTo', 'assignedUserName');
/** After a write: the contact is already written, so a failed name look-up leaves the name empty. */
const userNamesAfterWrite = withUserNames('assignedTo', 'assignedUserName', { bestEffort: true });

/** Contacts -> flat outputs with their assigned users' names (triggers and searches). */
export const contactsOutput = enriched(contactTable.outputs, userNames).output;
/** A write's answer holding the contact -> its flat output, the user's name best effort (the contact is already written). */
export const contactAnswer = (what?: string, o?: { bare?: boolean }) => enrichedAnswer(contactTable.answer('contact', what, o), userNamesAfterWrite);
export const contactList = contactTable.list('contacts');
export const contactRecord = contactTable.one('contact');
export const contactOutputFields = contactTable.outputFields;
export const contactSample = contactTable.sample;
export const contactCustomOutputFields = customOutputFields('contact');

/** Everything an operation that outputs contacts declares about its output, to spread into it. */
export const contactOutputs = { ...contactTable.outputs, output: contactsOutput, dynamicOutputFields: contactCustomOutputFields };
