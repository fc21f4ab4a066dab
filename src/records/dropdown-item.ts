import { defineRecord, t, type Output } from '../record-table';

/**
 * An item of a list endpoint as a dynamic dropdown shows it (campaigns, workflows, calendars,
 * calendar groups, businesses, users, forms, surveys...): its id and what its label is made of.
 * Read leniently as every record is: an item with a mistyped name or status still lists.
 */
export const dropdownItemTable = defineRecord(
  {
    id: { label: 'ID', type: t.text, sample: 'mIVALPYuTD7YjUHnFEx4' },
    name: { label: 'Name', type: t.text, sample: 'Spring Postcard' },
    status: { label: 'Status', type: t.looseText, sample: 'published' },
    // What kind of item it is, where a list mixes kinds (document templates: proposal, estimate, contract).
    type: { label: 'Type', type: t.looseText, sample: null },
    isActive: { label: 'Active', type: t.boolean, sample: true },
    email: { label: 'Email', type: t.text, sample: null },
    firstName: { label: 'First Name', type: t.text, sample: null },
    lastName: { label: 'Last Name', type: t.text, sample: null },
  },
  { name: 'item' },
);
export type DropdownItem = Output<typeof dropdownItemTable.fields>;

/** The items of a `{ [listKey]: [...] }` answer. */
export const dropdownItems = (listKey: string, what: string) => dropdownItemTable.list(listKey, what);
