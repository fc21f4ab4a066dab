import type { Trigger } from 'zapier-platform-core';
import emailTemplateDropdown from '../dropdowns/email-templates';
import newEmailTemplate from './new-email-template';

/** The Email Templates triggers (in the order the README table shows them). */
export const emails: Trigger[] = [newEmailTemplate, emailTemplateDropdown];
