import { contactTable } from '../../src/records/contact';

/** HighLevel answers as the spec shapes them, and the flat outputs a Zap step must see. */

/**
 * A contact's outputs when HighLevel sends nothing for them (null, tags []): the expected outputs
 * below spell out every value they assert, and a new contact field starts out empty in them.
 */
const NO_CONTACT_FIELDS = contactTable.empty;

export const CF_DEFS = {
  customFields: [
    { id: 'cfMailDay', name: 'Preferred Mail Day', fieldKey: 'contact.preferred_mail_day', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Monday', 'Tuesday'], model: 'contact' },
    { id: 'cfHousehold', name: 'Household Size', fieldKey: 'contact.household_size', dataType: 'NUMERICAL', model: 'contact' },
    { id: 'cfInterests', name: 'Interests', fieldKey: 'contact.interests', dataType: 'CHECKBOX', picklistOptions: ['Catalog', 'Postcards'], model: 'contact' },
    { id: 'cfRenewal', name: 'Renewal Date', fieldKey: 'contact.renewal_date', dataType: 'DATE', model: 'contact' },
  ],
};

export const RAW_CONTACT = {
  id: 'c1',
  locationId: 'LOC123',
  firstName: 'Rosa',
  lastName: 'Delgado',
  name: 'Rosa Delgado',
  email: 'rosa@example.com',
  phone: '+15125550143',
  companyName: 'Delgado Dental',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  website: 'https://delgado.example.com',
  timezone: 'America/Chicago',
  source: 'web form',
  type: 'lead',
  tags: ['vip', 'postcard'],
  dnd: false,
  assignedTo: 'U1',
  dateAdded: '2025-03-14T15:04:05.000Z',
  dateUpdated: '2025-03-15T09:30:00.000Z',
  customFields: [
    { id: 'cfMailDay', value: 'Tuesday' },
    { id: 'cfInterests', value: ['Catalog', 'Postcards'] },
  ],
};

export const FLAT_CONTACT = {
  ...NO_CONTACT_FIELDS,
  id: 'c1',
  name: 'Rosa Delgado',
  firstName: 'Rosa',
  lastName: 'Delgado',
  email: 'rosa@example.com',
  phone: '+15125550143',
  companyName: 'Delgado Dental',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  fullAddress: '3535 1st St N, Dolomite, AL 35061, US',
  website: 'https://delgado.example.com',
  timezone: 'America/Chicago',
  tags: ['vip', 'postcard'],
  source: 'web form',
  type: 'lead',
  assignedTo: 'U1',
  assignedUserName: 'Sam Lee',
  dnd: false,
  locationId: 'LOC123',
  webUrl: 'https://app.gohighlevel.com/v2/location/LOC123/contacts/detail/c1',
  dateAdded: '2025-03-14T15:04:05.000Z',
  dateUpdated: '2025-03-15T09:30:00.000Z',
  custom_preferred_mail_day: 'Tuesday',
  custom_interests: 'Catalog, Postcards',
};

/** A contact with no custom values: mapping it needs no custom-field definitions. */
export const RAW_PLAIN = { id: 'c2', firstName: 'Ana', lastName: 'Ruiz', email: 'ana@example.com', dateAdded: '2025-03-16T10:00:00.000Z', dateUpdated: '2025-03-16T10:00:00.000Z' };
export const FLAT_PLAIN = {
  ...NO_CONTACT_FIELDS,
  id: 'c2',
  name: 'Ana Ruiz',
  firstName: 'Ana',
  lastName: 'Ruiz',
  email: 'ana@example.com',
  dateAdded: '2025-03-16T10:00:00.000Z',
  dateUpdated: '2025-03-16T10:00:00.000Z',
};

export const RAW_TASK = { id: 't1', title: 'Mail postcard', body: 'Spring promo', dueDate: '2025-03-21T17:00:00.000Z', completed: false, assignedTo: 'U1', contactId: 'c1' };
export const FLAT_TASK = { id: 't1', title: 'Mail postcard', body: 'Spring promo', dueDate: '2025-03-21T17:00:00.000Z', completed: false, assignedTo: 'U1', assignedUserName: 'Sam Lee', contactId: 'c1' };

export const RAW_NOTE = { id: 'n1', body: 'Prefers Tuesday delivery', userId: 'U1', dateAdded: '2025-03-14T16:10:00.000Z', contactId: 'c1' };
export const FLAT_NOTE = { id: 'n1', title: null, body: 'Prefers Tuesday delivery', userId: 'U1', color: null, pinned: false, contactId: 'c1', dateAdded: '2025-03-14T16:10:00.000Z' };

export const CF_CALL = { method: 'GET', path: '/locations/LOC123/customFields', version: '2021-07-28', query: { model: 'contact' }, reply: { body: CF_DEFS } } as const;

/**
 * The user search that names the step's distinct assigned users (src/enrich/kinds.ts): one
 * request with exactly their IDs.
 */
export const userNamesCall = (ids: string[], users: unknown[] = [{ id: 'U1', name: 'Sam Lee', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com' }]) => ({
  method: 'GET', path: '/users/search', version: '2021-07-28', query: { companyId: 'COMP9', locationId: 'LOC123', ids: ids.join(','), limit: String(ids.length) },
  reply: { body: { users, count: users.length } },
}) as const;
