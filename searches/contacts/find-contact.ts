import { endpoint } from '../../src/endpoint';
import { callApi, locationId, lookupApi } from '../../src/client';
import { searchContactsEndpoint, type SearchFilter } from '../../src/contact-search';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { contactList, contactOutputs, contactRecord } from '../../src/records/contact';

/** A phone as HighLevel stores it: '+' and digits (a number without '+' is taken as written). */
export const e164 = (phone: string): string => `${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;

const getContactEndpoint = endpoint('GET', '/contacts/{contactId}', '2021-07-28', ['contacts.readonly']);

/**
 * Find Contact: by ID (GET /contacts/{id}, exact), else by email, then (if none) by phone,
 * through POST /contacts/search with an `eq` filter, newest first. HighLevel's search index may lag a
 * few seconds behind a contact created moments ago (FACTS.md). Pairs with Create Contact as
 * search-or-create.
 */
export default defineSearch({
  key: 'findContact',
  noun: 'Contact',
  label: 'Find Contact',
  description: 'Finds a contact in your location by email, phone or ID.',
  endpoint: searchContactsEndpoint,
  inputs: {
    email: f.email({ label: 'Email', helpText: 'Find the contact with this email address.' }),
    phone: f.phone({ label: 'Phone', helpText: 'Find the contact with this phone number (with country code, e.g. +15125550143).' }),
    contactId: f.id({ label: 'Contact', dynamic: 'contactDropdown.id.name', helpText: 'Pick a contact, or map a Contact ID; email and phone are then ignored.' }),
  },
  records: contactList,
  perform: async (ctx) => {
    const { input, bundle } = ctx;
    if (input.contactId) {
      const body = await lookupApi(ctx, getContactEndpoint, { path: { contactId: input.contactId } });
      return body === null ? [] : [contactRecord(body)];
    }
    if (!input.email && !input.phone) throw invalidInput({ key: 'email', label: 'Email' }, 'or Phone or Contact ID is required');
    // Search filters combine with AND (FACTS.md), so email and phone are tried one after the
    // other: a contact whose phone differs from the mapped one is still found by email, and Find
    // or Create does not create a duplicate.
    const byField = async (field: 'email' | 'phone', value: string) => {
      const filters: SearchFilter[] = [{ field, operator: 'eq', value }];
      const body = await callApi(ctx, searchContactsEndpoint, {
        body: { locationId: locationId(bundle), pageLimit: 10, page: 1, filters, sort: [{ field: 'dateAdded', direction: 'desc' }] },
      });
      return contactList(body);
    };
    const byEmail = input.email ? await byField('email', input.email.toLowerCase()) : [];
    if (byEmail.length || !input.phone) return byEmail;
    // HighLevel stores phones as E.164: "+1 (512) 555-0143" is searched as "+15125550143".
    return byField('phone', e164(input.phone));
  },
  ...contactOutputs,
});
