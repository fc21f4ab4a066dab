import type { Create } from 'zapier-platform-core';
import createCustomValue from './create-custom-value';
import createTag from './create-tag';
import deleteCustomValue from './delete-custom-value';
import deleteTag from './delete-tag';
import updateCustomValue from './update-custom-value';
import updateTag from './update-tag';

/** The Custom Values & Tags actions (in the order the README table shows them). */
export const customValuesTags: Create[] = [createCustomValue, updateCustomValue, deleteCustomValue, createTag, updateTag, deleteTag];
