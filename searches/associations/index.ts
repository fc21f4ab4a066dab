import type { Search } from 'zapier-platform-core';
import getAssociation from './get-association';
import getAssociationByKeyName from './get-association-by-key-name';
import getAssociationsByObjectKey from './get-associations-by-object-key';

/** The Associations searches (in the order the README table shows them). */
export const associations: Search[] = [getAssociation, getAssociationByKeyName, getAssociationsByObjectKey];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {
  getAssociationByKeyName: {
    key: 'getAssociationByKeyName',
    display: {
      label: 'Find Or Create Association',
      description: 'Finds an association by its key, and creates it when none has that key.',
    },
    search: 'getAssociationByKeyName',
    create: 'createAssociation',
  },
};
