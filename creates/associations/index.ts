import type { Create } from 'zapier-platform-core';
import createAssociation from './create-association';
import createRelation from './create-relation';
import deleteAssociation from './delete-association';
import deleteRelation from './delete-relation';
import updateAssociation from './update-association';

/** The Associations creates (in the order the README table shows them). */
export const associations: Create[] = [createAssociation, updateAssociation, deleteAssociation, createRelation, deleteRelation];
