import type { Search } from 'zapier-platform-core';
import findContact from './contacts/find-contact';
import getContact from './contacts/get-contact';
import getContactNote from './contacts/get-contact-note';
import getContactTask from './contacts/get-contact-task';
import getDuplicateContact from './contacts/get-duplicate-contact';

/** Searches by category (the README's operations table is generated from these groups). */
export const searchGroups: Record<string, Search[]> = {
  Contacts: [findContact, getContact, getDuplicateContact, getContactTask, getContactNote],
};

export const searches: Search[] = Object.values(searchGroups).flat();
