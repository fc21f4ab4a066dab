import { customOutputFields } from '../custom-fields';
import { defineRecord, t, type Output } from '../record-table';
import { webLink } from '../web-link';
import { oneLineAddress } from '../schemas';

/**
 * A contact as a Zap step maps it: flat, labelled, the full mailing address (what a direct-mail
 * service such as Mailbox Power needs), tags, dates and custom fields by name. One table for both
 * shapes HighLevel answers in (FACTS.md): GET /contacts/{id} (`address1`, `dateOfBirth` as text)
 * and POST /contacts/search (`address`, `dateOfBirth` in epoch ms, sometimes lower-case names only).
 * Adding a field is one line here.
 */
export const contactTable = defineRecord(
  {
    id: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    name: {
      label: 'Full Name', type: t.text, from: ['name', 'contactName'], sample: 'Rosa Delgado',
      derive: (c) => [c.firstName, c.lastName].filter(Boolean).join(' ') || null,
    },
    firstName: { label: 'First Name', type: t.text, from: ['firstName', 'firstNameLowerCase'], sample: 'Rosa', important: true },
    lastName: { label: 'Last Name', type: t.text, from: ['lastName', 'lastNameLowerCase'], sample: 'Delgado', important: true },
    email: { label: 'Email', type: t.text, sample: 'rosa.delgado@example.com', important: true },
    phone: { label: 'Phone', type: t.text, sample: '+15125550143' },
    companyName: { label: 'Company Name', type: t.text, from: ['companyName', 'businessName'], sample: 'Delgado Dental' },
    address1: { label: 'Street Address', type: t.text, from: ['address1', 'address'], sample: '3535 1st St N' },
    city: { label: 'City', type: t.text, sample: 'Dolomite' },
    state: { label: 'State', type: t.text, sample: 'AL' },
    postalCode: { label: 'Postal Code', type: t.text, sample: '35061' },
    country: { label: 'Country', type: t.text, sample: 'US' },
    fullAddress: {
      label: 'Full Mailing Address', type: t.text, from: [], sample: '3535 1st St N, Dolomite, AL 35061, US',
      derive: (c) => oneLineAddress({ street: c.address1, city: c.city, state: c.state, postalCode: c.postalCode, country: c.country }),
    },
    website: { label: 'Website', type: t.text, sample: 'https://delgadodental.example.com' },
    timezone: { label: 'Timezone', type: t.text, sample: 'America/Chicago' },
    dateOfBirth: { label: 'Date of Birth', type: t.date, sample: '1988-04-12' },
    tags: { label: 'Tags', type: t.strings, sample: ['new lead', 'postcard'] },
    source: { label: 'Source', type: t.text, sample: 'public api' },
    type: { label: 'Contact Type', type: t.text, sample: 'lead' },
    assignedTo: { label: 'Assigned User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo' },
    dnd: { label: 'Do Not Disturb', type: t.boolean, sample: false },
    businessId: { label: 'Business ID', type: t.text, sample: null },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    webUrl: webLink('Contact URL (in HighLevel)', (id) => `contacts/detail/${id}`, 'seD4PfOuKoVMLkEZqohJ'),
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    dateUpdated: { label: 'Date Updated', type: t.datetime, sample: '2025-03-15T09:30:00.000Z' },
  },
  { name: 'contact', customFields: { model: 'contact', sample: {} } },
);

export type Contact = Output<typeof contactTable.fields>;

export const contactsOutput = contactTable.output;
export const contactList = contactTable.list('contacts');
export const contactRecord = contactTable.one('contact');
export const contactOutputFields = contactTable.outputFields;
export const contactSample = contactTable.sample;
export const contactCustomOutputFields = customOutputFields('contact');

/** Everything an operation that outputs contacts declares about its output, to spread into it. */
export const contactOutputs = { ...contactTable.outputs, dynamicOutputFields: contactCustomOutputFields };
