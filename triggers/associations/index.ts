import type { Trigger } from 'zapier-platform-core';
import associationDropdown from '../dropdowns/associations';
import relationDropdown from '../dropdowns/relations';
import findAssociations from './find-associations';
import getAssociation from './get-association';
import getAssociationByKeyName from './get-association-by-key-name';
import getAssociationsByObjectKey from './get-associations-by-object-key';
import getRelationsByRecord from './get-relations-by-record';

/** The Associations triggers (in the order the README table shows them), then their hidden dropdown sources. */
export const associations: Trigger[] = [
  findAssociations,
  getAssociation,
  getAssociationByKeyName,
  getAssociationsByObjectKey,
  getRelationsByRecord,
  associationDropdown,
  relationDropdown,
];
