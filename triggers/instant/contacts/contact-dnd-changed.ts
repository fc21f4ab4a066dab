import { contactTable, contactOutputs } from '../../../src/records/contact';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';

/** Contact Do Not Disturb Changed (Instant): HighLevel's ContactDndUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'contactDndChangedInstant',
  noun: 'Contact',
  label: 'Contact Do Not Disturb Changed (Instant)',
  description: 'Triggers when the Do Not Disturb setting of a contact is turned on or off.',
  eventTypes: ['ContactDndUpdate'],
  inputs: {},
  ...contactOutputs,
  records: eventRecords(contactTable.parse),
});
