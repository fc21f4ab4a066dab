import type { Trigger } from 'zapier-platform-core';
import newCustomObjectRecord from './new-custom-object-record';
import updatedCustomObjectRecord from './updated-custom-object-record';
import customObjectDropdown from '../dropdowns/custom-objects';
import customObjectRecordDropdown from '../dropdowns/custom-object-records';

/** The Custom Objects triggers (in the order the README table shows them), their dropdowns last. */
export const customObjects: Trigger[] = [newCustomObjectRecord, updatedCustomObjectRecord, customObjectDropdown, customObjectRecordDropdown];
