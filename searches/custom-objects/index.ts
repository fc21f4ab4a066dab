import type { Search } from 'zapier-platform-core';
import findCustomObjectRecords from './find-custom-object-records';
import getCustomObjectRecord from './get-custom-object-record';

/** The Custom Objects searches (in the order the README table shows them). */
export const customObjects: Search[] = [findCustomObjectRecords, getCustomObjectRecord];
