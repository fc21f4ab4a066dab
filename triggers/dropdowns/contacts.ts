import { locationId } from '../../src/client';
import { newestFirst, searchContactsEndpoint } from '../../src/contact-search';
import { f } from '../../src/fields';
import { contactList } from '../../src/records/contact';
import { defineListTrigger, each } from '../../src/operation';

/** Contacts for dropdowns, newest first, 100 a page; the label shows name and email. */
export default defineListTrigger({
  key: 'contactDropdown',
  noun: 'Contact',
  label: 'Contacts (Dropdown)',
  description: 'Triggers when the Contact dropdown loads: lists contacts.',
  hidden: true,
  canPaginate: true,
  endpoint: searchContactsEndpoint,
  inputs: {
    contactSearch: f.text({ label: 'Search', helpText: 'Narrows the dropdown by name, email or phone.' }),
  },
  request: (input, { bundle }) => ({
    body: {
      locationId: locationId(bundle),
      pageLimit: 100,
      page: (Number(bundle.meta?.page) || 0) + 1,
      ...(input.contactSearch ? { query: input.contactSearch } : {}),
      sort: newestFirst('dateAdded'),
    },
  }),
  records: contactList,
  output: each((c) => {
    const name = c.name ?? ([c.firstName, c.lastName].filter(Boolean).join(' ') || c.email || c.phone || c.id);
    return { id: c.id, name: c.email && name !== c.email ? `${name} (${c.email})` : name };
  }),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Rosa Delgado (rosa.delgado@example.com)' },
  outputFields: [
    { key: 'id', label: 'Contact ID' },
    { key: 'name', label: 'Contact' },
  ],
});
