import type { Create } from 'zapier-platform-core';
import deleteEmailTemplate from './delete-email-template';

/** The Email Templates creates (in the order the README table shows them). */
export const emails: Create[] = [deleteEmailTemplate];
