import type { PlainOutputField } from 'zapier-platform-core';
import { customOutputFields, definitionsFor, namedValues } from '../custom-fields';
import type { Flat, Mapper } from '../operation';
import { Contact, listOf, oneLineAddress, oneOf, parseResponse } from '../schemas';
import type { CustomFieldDefinition } from '../schemas';

/**
 * A contact as a Zap step maps it: flat, labelled, the full mailing address (what a direct-mail
 * service such as Mailbox Power needs), tags, dates and custom fields by name.
 */
export function flattenContact(c: Contact, defs: readonly CustomFieldDefinition[] = []): Flat {
  // The search endpoint may return only the lower-cased name fields (FACTS.md); use them as a fallback.
  const firstName = c.firstName ?? c.firstNameLowerCase ?? null;
  const lastName = c.lastName ?? c.lastNameLowerCase ?? null;
  const name = c.name ?? c.contactName ?? ([firstName, lastName].filter(Boolean).join(' ') || null);
  return {
    id: c.id,
    name,
    firstName,
    lastName,
    email: c.email ?? null,
    phone: c.phone ?? null,
    companyName: c.companyName ?? c.businessName ?? null,
    address1: c.address1 ?? null,
    city: c.city ?? null,
    state: c.state ?? null,
    postalCode: c.postalCode ?? null,
    country: c.country ?? null,
    fullAddress: oneLineAddress({ street: c.address1, city: c.city, state: c.state, postalCode: c.postalCode, country: c.country }),
    website: c.website ?? null,
    timezone: c.timezone ?? null,
    dateOfBirth: c.dateOfBirth ?? null,
    tags: c.tags ?? [],
    source: c.source ?? null,
    type: c.type ?? null,
    assignedTo: c.assignedTo ?? null,
    dnd: c.dnd ?? null,
    businessId: c.businessId ?? null,
    locationId: c.locationId ?? null,
    dateAdded: c.dateAdded ?? null,
    dateUpdated: c.dateUpdated ?? null,
    ...namedValues(c.customFields, defs),
  };
}

/** Contacts -> flat outputs, custom fields named through the location's definitions. */
export const contactsOutput: Mapper<Contact> = async (contacts, ctx) => {
  const defs = await definitionsFor(ctx, 'contact', contacts);
  return contacts.map((c) => flattenContact(c, defs));
};

export const contactList = (body: unknown): Contact[] => parseResponse(listOf('contacts', Contact), body, 'the contact list');
export const contactRecord = (body: unknown): Contact => parseResponse(oneOf('contact', Contact), body, 'the contact request');

export const contactOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Contact ID' },
  { key: 'name', label: 'Full Name' },
  { key: 'firstName', label: 'First Name' },
  { key: 'lastName', label: 'Last Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'companyName', label: 'Company Name' },
  { key: 'address1', label: 'Street Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'fullAddress', label: 'Full Mailing Address' },
  { key: 'website', label: 'Website' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'dateOfBirth', label: 'Date of Birth' },
  { key: 'tags', label: 'Tags' },
  { key: 'source', label: 'Source' },
  { key: 'type', label: 'Contact Type' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'dnd', label: 'Do Not Disturb', type: 'boolean' },
  { key: 'businessId', label: 'Business ID' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

export const contactCustomOutputFields = customOutputFields('contact');

export const contactSample: Flat = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Rosa Delgado',
  firstName: 'Rosa',
  lastName: 'Delgado',
  email: 'rosa.delgado@example.com',
  phone: '+15125550143',
  companyName: 'Delgado Dental',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  fullAddress: '3535 1st St N, Dolomite, AL 35061, US',
  website: 'https://delgadodental.example.com',
  timezone: 'America/Chicago',
  dateOfBirth: '1988-04-12',
  tags: ['new lead', 'postcard'],
  source: 'public api',
  type: 'lead',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dnd: false,
  businessId: null,
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2025-03-14T15:04:05.000Z',
  dateUpdated: '2025-03-15T09:30:00.000Z',
  // No custom fields: a sample holds only keys every account has (Zapier's sample data rules);
  // custom fields are labelled at run time by dynamicOutputFields.
};

/** Everything an operation that outputs contacts declares about its output, to spread into it. */
export const contactOutputs = {
  output: contactsOutput,
  sample: contactSample,
  outputFields: contactOutputFields,
  dynamicOutputFields: contactCustomOutputFields,
};
