import type { Create } from 'zapier-platform-core';
import addContactFollowers from './add-contact-followers';
import addContactToWorkflow from './add-contact-to-workflow';
import bulkUpdateContactsBusiness from './bulk-business-update';
import removeContactFollowers from './remove-contact-followers';
import removeContactFromWorkflow from './remove-from-workflow';

/** The Workflows & Campaigns creates (in the order the README table shows them). */
export const workflows: Create[] = [addContactToWorkflow, removeContactFromWorkflow, addContactFollowers, removeContactFollowers, bulkUpdateContactsBusiness];
