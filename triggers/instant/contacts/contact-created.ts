import newContact from '../../contacts/new-contact';
import { contactTable, contactOutputs } from '../../../src/records/contact';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';

/** Contact Created (Instant): HighLevel's ContactCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'contactCreatedInstant',
  noun: 'Contact',
  label: 'Contact Created (Instant)',
  description: 'Triggers when a contact is added, with its mailing address and custom fields (the same fields as New Contact).',
  eventTypes: ['ContactCreate'],
  inputs: {},
  ...contactOutputs,
  records: eventRecords(contactTable.parse),
  poll: newContact,
});
