import { contactTable, contactOutputs } from '../../../src/records/contact';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';

/** Contact Deleted (Instant): HighLevel's ContactDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'contactDeletedInstant',
  noun: 'Contact',
  label: 'Contact Deleted (Instant)',
  description: 'Triggers when a contact is deleted, with the contact as it was (use it to remove the contact from other tools).',
  eventTypes: ['ContactDelete'],
  inputs: {},
  ...contactOutputs,
  records: eventRecords(contactTable.parse),
});
