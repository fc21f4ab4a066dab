import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { resourceList, resourcesEndpoint, resourceTypeField } from '../../src/records/calendar-resource';

const PAGE = 100;

/** Rooms or equipment (the Resource Type chosen in the same step), 100 a page; the answer is a bare array. */
export default defineListTrigger({
  key: 'calendarResourceDropdown',
  noun: 'Resource',
  label: 'Calendar Resources (Dropdown)',
  description: 'Triggers when the Resource dropdown loads: lists the rooms or equipment of the location.',
  hidden: true,
  canPaginate: true,
  endpoint: resourcesEndpoint,
  inputs: { resourceType: resourceTypeField() },
  request: (_input, { bundle }) => ({
    query: { locationId: locationId(bundle), limit: PAGE, skip: (Number(bundle.meta?.page) || 0) * PAGE },
  }),
  records: resourceList,
  output: (items) =>
    items.map((r) => {
      return { id: r.id, name: `${r.name ?? r.id}${r.isActive === false ? ' (inactive)' : ''}` };
    }),
  sample: { id: 'Gk8dYbQ4HvPw2TzL1mNc', name: 'Yoga studio' },
  outputFields: [
    { key: 'id', label: 'Resource ID' },
    { key: 'name', label: 'Resource' },
  ],
});
