import { contactTable, contactOutputs } from '../../../src/records/contact';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';

/** Contact Updated (Instant): HighLevel's ContactUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'contactUpdatedInstant',
  noun: 'Contact',
  label: 'Contact Updated (Instant)',
  description: 'Triggers when a contact is changed, with its mailing address and custom fields.',
  eventTypes: ['ContactUpdate'],
  inputs: {},
  ...contactOutputs,
  records: eventRecords(contactTable.parse),
});
