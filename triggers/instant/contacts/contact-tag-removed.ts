import { contactTable } from '../../../src/records/contact';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { tagFilterField } from '../../../src/common-fields';
import { tagChange, tagChangeOutputs } from './tag-change';

/** Tag Removed From Contact (Instant): HighLevel's ContactTagUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'contactTagRemovedInstant',
  noun: 'Contact',
  label: 'Tag Removed From Contact (Instant)',
  description: 'Triggers when a tag is removed from a contact (optionally only one tag), with the tags that were removed.',
  eventTypes: ['ContactTagUpdate'],
  inputs: { tag: tagFilterField('Only when this tag (as spelled in your location, any case) changes. Leave empty for any tag.') },
  ...tagChangeOutputs,
  records: eventRecords(contactTable.parse),
  ...tagChange('tagsRemoved'),
});
