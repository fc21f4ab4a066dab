import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { currentGroup, groupAnswer, groupField, groupShape, slugInput, slugOf } from '../../src/records/calendar-group';

/**
 * Update Calendar Group: PUT /calendars/groups/{groupId} requires name, description AND slug
 * (GroupUpdateDTO). Fields left empty keep their current value: when one is empty, the group is
 * first read from GET /calendars/groups (HighLevel has no GET for one group), so a Zap can change
 * just the name.
 */
export default defineAction({
  key: 'updateCalendarGroup',
  noun: 'Calendar Group',
  label: 'Update Calendar Group',
  description: 'Updates a calendar group\'s name, description or slug; fields left empty keep their current value.',
  endpoint: endpoint('PUT', '/calendars/groups/{groupId}', '2021-04-15', ['calendars/groups.write']),
  inputs: {
    groupId: groupField(true, 'The group to change. Pick one, or map a Calendar Group ID.'),
    name: f.text({ label: 'Name', helpText: 'The group\'s new name. Empty: unchanged.' }),
    description: f.longText({ label: 'Description', helpText: 'The group\'s new description. Empty: unchanged.' }),
    slug: slugInput(false),
  },
  request: async ({ groupId, name, description, slug }, ctx) => {
    if (name === undefined && description === undefined && slug === undefined) {
      throw invalidInput({ key: 'name', label: 'Name' }, 'or Description or Slug must be filled in: there is nothing to change');
    }
    if (slug !== undefined) slugOf(slug);
    const now = name !== undefined && description !== undefined && slug !== undefined ? null : await currentGroup(ctx, groupId);
    return {
      body: {
        name: name ?? now?.name ?? '',
        description: description ?? now?.description ?? '',
        slug: slug ?? now?.slug ?? '',
      },
    };
  },
  output: groupAnswer,
  ...groupShape,
});
