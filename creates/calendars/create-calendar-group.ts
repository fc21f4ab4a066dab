import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { groupAnswer, groupShape, slugInput, slugOf } from '../../src/records/calendar-group';

export default defineAction({
  key: 'createCalendarGroup',
  noun: 'Calendar Group',
  label: 'Create Calendar Group',
  description: 'Creates a new calendar group, with its name, description and booking URL slug.',
  endpoint: endpoint('POST', '/calendars/groups', '2021-04-15', ['calendars/groups.write']),
  inputs: {
    name: f.text({ label: 'Name', required: true, helpText: 'Name of the group, e.g. "Dental consultations".' }),
    description: f.longText({ label: 'Description', required: true, helpText: 'What the group is for (HighLevel requires a description).' }),
    slug: slugInput(true),
    isActive: f.boolean({ label: 'Active', helpText: 'Whether the group takes bookings. Yes when empty.' }),
  },
  request: (input, { bundle }) => ({ body: { locationId: locationId(bundle), ...input, slug: slugOf(input.slug) } }),
  output: groupAnswer,
  ...groupShape,
});
