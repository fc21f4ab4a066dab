import type { Trigger } from 'zapier-platform-core';
import { forms as formsTriggers } from './forms';
import { payments as paymentsTriggers } from './payments';
import { tasks as tasksTriggers } from './tasks';
import { calendars as calendarsTriggers } from './calendars';
import { opportunities as opportunitiesTriggers } from './opportunities';
import { users as usersTriggers } from './users';
import { conversations as conversationsTriggers } from './conversations';
import { businesses as businessesTriggers } from './businesses';
import { workflows as workflowsTriggers } from './workflows';
import { locations as locationsTriggers } from './locations';
import { customFields as customFieldsTriggers } from './custom-fields';
import { companies as companiesTriggers } from './companies';
import { associations as associationsTriggers } from './associations';
import { blogs as blogsTriggers } from './blogs';
import { customObjects as customObjectsTriggers } from './custom-objects';
import { customValuesTags as customValuesTagsTriggers } from './custom-values-tags';
import { medias as mediasTriggers } from './medias';
import { emails as emailsTriggers } from './emails';
import { social as socialTriggers } from './social';
import { products as productsTriggers } from './products';
import { instant as instantTriggers } from './instant';
import { links as linksTriggers } from './links';
import { funnels as funnelsTriggers } from './funnels';
import { proposals as proposalsTriggers } from './proposals';
import getContact from './contacts/get-contact';
import getContactAppointments from './contacts/get-contact-appointments';
import getContactNote from './contacts/get-contact-note';
import getContactNotes from './contacts/get-contact-notes';
import getContactTask from './contacts/get-contact-task';
import getContactTasks from './contacts/get-contact-tasks';
import getContactsByBusiness from './contacts/get-contacts-by-business';
import getDuplicateContact from './contacts/get-duplicate-contact';
import listContactsDeprecated from './contacts/list-contacts-deprecated';
import newContact from './contacts/new-contact';
import searchContacts from './contacts/search-contacts';
import updatedContact from './contacts/updated-contact';
import businessDropdown from './dropdowns/businesses';
import campaignDropdown from './dropdowns/campaigns';
import contactDropdown from './dropdowns/contacts';
import locationDropdown from './dropdowns/locations';
import noteDropdown from './dropdowns/notes';
import taskDropdown from './dropdowns/tasks';
import userDropdown from './dropdowns/users';
import workflowDropdown from './dropdowns/workflows';

/** Triggers by category (the README's operations table is generated from these groups). */
export const triggerGroups: Record<string, Trigger[]> = {
  Contacts: [newContact, updatedContact, getContact, searchContacts, getContactsByBusiness, getDuplicateContact, getContactAppointments, getContactTasks, getContactTask, getContactNotes, getContactNote, listContactsDeprecated],
  'Calendars & Appointments': calendarsTriggers,
  'Opportunities': opportunitiesTriggers,
  'Users': usersTriggers,
  'Conversations & Messages': conversationsTriggers,
  'Businesses': businessesTriggers,
  'Workflows & Campaigns': workflowsTriggers,
  'Locations': locationsTriggers,
  'Custom Fields': customFieldsTriggers,
  'Companies': companiesTriggers,
  'Associations': associationsTriggers,
  'Blogs': blogsTriggers,
  'Custom Objects': customObjectsTriggers,
  'Custom Values & Tags': customValuesTagsTriggers,
  'Trigger Links': linksTriggers,
  'Funnels & Websites': funnelsTriggers,
  'Documents & Contracts': proposalsTriggers,
  'Forms & Surveys': formsTriggers,
  'Invoices & Payments': paymentsTriggers,
  'Tasks': tasksTriggers,
  'Media Library': mediasTriggers,
  'Email Templates': emailsTriggers,
  'Products': productsTriggers,
  'Social Planner': socialTriggers,
  'Instant (through the relay)': instantTriggers,
  'Dropdown sources (hidden)': [locationDropdown, contactDropdown, userDropdown, campaignDropdown, workflowDropdown, businessDropdown, taskDropdown, noteDropdown],
};

export const triggers: Trigger[] = Object.values(triggerGroups).flat();
