import { contactTable } from '../../../src/records/contact';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { tagFilterField } from '../../../src/common-fields';
import { tagChange, tagChangeOutputs } from './tag-change';

/** Tag Removed From Contact (Instant): a contact event whose relay tag diff removed a tag (tag-change.ts). */
export default defineHookTrigger({
  key: 'contactTagRemovedInstant',
  noun: 'Contact',
  label: 'Tag Removed From Contact (Instant)',
  description: 'Triggers when a tag is removed from a contact (optionally only one tag), with the tags that were removed.',
  eventTypes: ['ContactTagUpdate', 'ContactUpdate'],
  inputs: { tag: tagFilterField('Only when this tag (as spelled in your location, any case) is removed. Leave empty for any tag removed.') },
  ...tagChangeOutputs,
  records: eventRecords(contactTable.parse),
  ...tagChange('tagsRemoved'),
});
