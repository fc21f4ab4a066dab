import type { Create } from 'zapier-platform-core';
import createCustomObjectRecord from './create-custom-object-record';
import deleteCustomObjectRecord from './delete-custom-object-record';
import updateCustomObjectRecord from './update-custom-object-record';

/** The Custom Objects actions (in the order the README table shows them). */
export const customObjects: Create[] = [createCustomObjectRecord, updateCustomObjectRecord, deleteCustomObjectRecord];
