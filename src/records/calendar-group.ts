import { callApi, locationId, type Ctx } from '../client';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type FieldSpec } from '../fields';
import { defineRecord, t, type Output } from '../record-table';

/** Calendar groups: the record table, the Calendar Group input with its dropdown, the slug rules. */

const V = '2021-04-15' as const;

function groupField(required: true, helpText: string): FieldSpec<string>;
function groupField(required: false, helpText: string): FieldSpec<string | undefined>;
function groupField(required: boolean, helpText: string) {
  return required
    ? f.id({ label: 'Calendar Group', required: true, dynamic: 'calendarGroupDropdown.id.name', helpText })
    : f.id({ label: 'Calendar Group', dynamic: 'calendarGroupDropdown.id.name', helpText });
}

export { groupField };

export const groupsEndpoint = endpoint('GET', '/calendars/groups', V, ['calendars/groups.readonly']);

export const groupTable = defineRecord(
  {
    id: { label: 'Calendar Group ID', type: t.text, sample: 'BqTwX8QFwXzpegMve9EQ' },
    name: { label: 'Name', type: t.text, sample: 'Dental consultations' },
    description: { label: 'Description', type: t.text, sample: 'All calendars of the consultation team' },
    slug: { label: 'Slug', type: t.text, sample: 'dental-consultations' },
    isActive: { label: 'Active', type: t.boolean, sample: true },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'calendar group' },
);
export type CalendarGroup = Output<typeof groupTable.fields>;

export const groupList = groupTable.list('groups');
export const groupRecord = groupTable.one('group');
export const groupOutputs = groupTable.outputs;
export const groupShape = groupTable.shape;
export const groupAnswer = groupTable.answer('group', 'the calendar group request');

/** The group as it is now (HighLevel has no GET for one group: the location's list is searched). */
export async function currentGroup(ctx: Ctx, groupId: string): Promise<CalendarGroup> {
  const groups = groupList(await callApi(ctx, groupsEndpoint, { query: { locationId: locationId(ctx.bundle) } }));
  const found = groups.find((g) => g.id === groupId);
  if (!found) throw invalidInput({ key: 'groupId', label: 'Calendar Group' }, `"${groupId}" is not a calendar group of this location`);
  return found;
}

/** A URL slug (letters, digits, hyphens), refused naming the field otherwise. */
export function slugOf(slug: string, ref: { key: string; label: string } = { key: 'slug', label: 'Slug' }): string {
  if (!/^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$/.test(slug)) {
    throw invalidInput(ref, `must be a URL slug of letters, digits and hyphens such as dental-consultations, got "${slug}"`);
  }
  return slug;
}

function slugInput(required: true): FieldSpec<string>;
function slugInput(required: false): FieldSpec<string | undefined>;
function slugInput(required: boolean) {
  return required
    ? f.text({ label: 'Slug', required: true, helpText: 'The group\'s URL slug (letters, digits, hyphens), e.g. dental-consultations. "Validate Group Slug" checks it is free.' })
    : f.text({ label: 'Slug', helpText: 'The group\'s new URL slug (letters, digits, hyphens). Empty: unchanged.' });
}
export { slugInput };
