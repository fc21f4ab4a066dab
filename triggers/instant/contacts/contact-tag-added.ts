import { contactTable } from '../../../src/records/contact';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { tagFilterField } from '../../../src/common-fields';
import { tagChange, tagChangeOutputs } from './tag-change';

/** Tag Added To Contact (Instant): a contact event whose relay tag diff added a tag (tag-change.ts). */
export default defineHookTrigger({
  key: 'contactTagAddedInstant',
  noun: 'Contact',
  label: 'Tag Added To Contact (Instant)',
  description: 'Triggers when a tag is added to a contact (optionally only one tag), with the tags that were added.',
  eventTypes: ['ContactTagUpdate', 'ContactUpdate', 'ContactCreate'],
  inputs: { tag: tagFilterField('Only when this tag (as spelled in your location, any case) is added. Leave empty for any tag added.') },
  ...tagChangeOutputs,
  records: eventRecords(contactTable.parse),
  ...tagChange('tagsAdded'),
});
