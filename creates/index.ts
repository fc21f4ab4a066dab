import type { Create } from 'zapier-platform-core';
import { calendars as calendarsCreates } from './calendars';
import { opportunities as opportunitiesCreates } from './opportunities';
import { users as usersCreates } from './users';
import { conversations as conversationsCreates } from './conversations';
import { businesses as businessesCreates } from './businesses';
import { payments as paymentsCreates } from './payments';
import { social as socialCreates } from './social';
import { products as productsCreates } from './products';
import { workflows as workflowsCreates } from './workflows';
import { locations as locationsCreates } from './locations';
import { customFields as customFieldsCreates } from './custom-fields';
import { companies as companiesCreates } from './companies';
import { associations as associationsCreates } from './associations';
import { blogs as blogsCreates } from './blogs';
import { customObjects as customObjectsCreates } from './custom-objects';
import { customValuesTags as customValuesTagsCreates } from './custom-values-tags';
import { invoices as invoicesCreates } from './invoices';
import { links as linksCreates } from './links';
import { funnels as funnelsCreates } from './funnels';
import { proposals as proposalsCreates } from './proposals';
import { forms as formsCreates } from './forms';
import { snapshots as snapshotsCreates } from './snapshots';
import addContactTags from './contacts/add-contact-tags';
import addContactToCampaign from './contacts/add-contact-to-campaign';
import bulkUpdateContactTags from './contacts/bulk-update-contact-tags';
import completeContactTask from './contacts/complete-contact-task';
import createContact from './contacts/create-contact';
import createContactNote from './contacts/create-contact-note';
import createContactTask from './contacts/create-contact-task';
import deleteContact from './contacts/delete-contact';
import deleteContactNote from './contacts/delete-contact-note';
import deleteContactTask from './contacts/delete-contact-task';
import removeContactFromAllCampaigns from './contacts/remove-contact-from-all-campaigns';
import removeContactFromCampaign from './contacts/remove-contact-from-campaign';
import removeContactTags from './contacts/remove-contact-tags';
import updateContact from './contacts/update-contact';
import updateContactNote from './contacts/update-contact-note';
import updateContactTask from './contacts/update-contact-task';
import upsertContact from './contacts/upsert-contact';
import apiRequest from './other/api-request';
import { medias as mediasCreates } from './medias';
import { emails as emailsCreates } from './emails';

/** Creates by category (the README's operations table is generated from these groups). */
export const createGroups: Record<string, Create[]> = {
  Contacts: [createContact, updateContact, upsertContact, deleteContact, addContactTags, removeContactTags, bulkUpdateContactTags, createContactTask, updateContactTask, completeContactTask, deleteContactTask, createContactNote, updateContactNote, deleteContactNote, addContactToCampaign, removeContactFromCampaign, removeContactFromAllCampaigns],
  'Calendars & Appointments': calendarsCreates,
  'Opportunities': opportunitiesCreates,
  'Users': usersCreates,
  'Conversations & Messages': conversationsCreates,
  'Businesses': businessesCreates,
  'Workflows & Campaigns': workflowsCreates,
  'Locations': locationsCreates,
  'Custom Fields': customFieldsCreates,
  'Companies': companiesCreates,
  'Associations': associationsCreates,
  'Blogs': blogsCreates,
  'Custom Objects': customObjectsCreates,
  'Custom Values & Tags': customValuesTagsCreates,
  'Media Library': mediasCreates,
  'Email Templates': emailsCreates,
  'Invoices & Payments': [...invoicesCreates, ...paymentsCreates],
  'Products': productsCreates,
  'Trigger Links': linksCreates,
  'Funnels & Websites': funnelsCreates,
  'Documents & Contracts': proposalsCreates,
  'Forms & Surveys': formsCreates,
  'Snapshots': snapshotsCreates,
  'Social Planner': socialCreates,
  /** Any endpoint the labelled operations do not cover. */
  'Advanced': [apiRequest],
};

export const creates: Create[] = Object.values(createGroups).flat();
