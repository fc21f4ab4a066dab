import type { Search } from 'zapier-platform-core';
import { calendars as calendarsSearches, searchOrCreates as calendarsSearchOrCreates } from './calendars';
import { opportunities as opportunitiesSearches, searchOrCreates as opportunitiesSearchOrCreates } from './opportunities';
import { users as usersSearches, searchOrCreates as usersSearchOrCreates } from './users';
import { conversations as conversationsSearches, searchOrCreates as conversationsSearchOrCreates } from './conversations';
import { businesses as businessesSearches, searchOrCreates as businessesSearchOrCreates } from './businesses';
import { payments as paymentsSearches } from './payments';
import { social as socialSearches } from './social';
import { products as productsSearches, searchOrCreates as productsSearchOrCreates } from './products';
import { workflows as workflowsSearches, searchOrCreates as workflowsSearchOrCreates } from './workflows';
import { locations as locationsSearches, searchOrCreates as locationsSearchOrCreates } from './locations';
import { customFields as customFieldsSearches, searchOrCreates as customFieldsSearchOrCreates } from './custom-fields';
import { companies as companiesSearches, searchOrCreates as companiesSearchOrCreates } from './companies';
import { associations as associationsSearches, searchOrCreates as associationsSearchOrCreates } from './associations';
import { blogs as blogsSearches, searchOrCreates as blogsSearchOrCreates } from './blogs';
import { customObjects as customObjectsSearches, searchOrCreates as customObjectsSearchOrCreates } from './custom-objects';
import { customValuesTags as customValuesTagsSearches, searchOrCreates as customValuesTagsSearchOrCreates } from './custom-values-tags';
import { invoices as invoicesSearches, searchOrCreates as invoicesSearchOrCreates } from './invoices';
import { links as linksSearches, searchOrCreates as linksSearchOrCreates } from './links';
import { funnels as funnelsSearches } from './funnels';
import { snapshots as snapshotsSearches } from './snapshots';
import findContact from './contacts/find-contact';
import getContact from './contacts/get-contact';
import getContactNote from './contacts/get-contact-note';
import getContactTask from './contacts/get-contact-task';
import getDuplicateContact from './contacts/get-duplicate-contact';

/** Searches by category (the README's operations table is generated from these groups). */
export const searchGroups: Record<string, Search[]> = {
  Contacts: [findContact, getContact, getDuplicateContact, getContactTask, getContactNote],
  'Calendars & Appointments': calendarsSearches,
  'Opportunities': opportunitiesSearches,
  'Users': usersSearches,
  'Conversations & Messages': conversationsSearches,
  'Businesses': businessesSearches,
  'Workflows & Campaigns': workflowsSearches,
  'Locations': locationsSearches,
  'Custom Fields': customFieldsSearches,
  'Companies': companiesSearches,
  'Associations': associationsSearches,
  'Blogs': blogsSearches,
  'Custom Objects': customObjectsSearches,
  'Custom Values & Tags': customValuesTagsSearches,
  'Invoices & Payments': [...invoicesSearches, ...paymentsSearches],
  'Products': productsSearches,
  'Trigger Links': linksSearches,
  'Funnels & Websites': funnelsSearches,
  'Snapshots': snapshotsSearches,
  'Social Planner': socialSearches,
};

export const searches: Search[] = Object.values(searchGroups).flat();


/** Search-or-create pairs declared by the categories. */
export const categorySearchOrCreates = {
  ...calendarsSearchOrCreates,
  ...opportunitiesSearchOrCreates,
  ...usersSearchOrCreates,
  ...conversationsSearchOrCreates,
  ...businessesSearchOrCreates,
  ...workflowsSearchOrCreates,
  ...locationsSearchOrCreates,
  ...customFieldsSearchOrCreates,
  ...companiesSearchOrCreates,
  ...associationsSearchOrCreates,
  ...blogsSearchOrCreates,
  ...customObjectsSearchOrCreates,
  ...customValuesTagsSearchOrCreates,
  ...invoicesSearchOrCreates,
  ...productsSearchOrCreates,
  ...linksSearchOrCreates,
};
