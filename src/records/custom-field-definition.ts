import { defineRecord, t, type Output } from '../record-table';

/** Output key for a definition: its fieldKey without the model prefix ("contact.pin_code" -> custom_pin_code). */
export function outputKey(def: { id: string; fieldKey?: string | null; name?: string | null }): string {
  const tail = def.fieldKey ? def.fieldKey.replace(/^[a-z_]+\./, '') : '';
  const slug = (tail || def.name || def.id).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `custom_${slug || def.id}`;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/**
 * A custom field definition (GET /locations/{locationId}/customFields, locations.json
 * `CustomFieldSchema`), read leniently like every record: the named custom fields of contacts and
 * opportunities (src/custom-fields.ts) and the List Custom Fields trigger both read it here.
 * `options` is HighLevel's `picklistOptions` (the cached copy, already flat, reads as `options`).
 * Made on first use: src/record-table.ts imports src/custom-fields.ts, which reads definitions here.
 */
const makeTable = () =>
  defineRecord(
  {
    id: { label: 'Custom Field ID', type: t.text, sample: '3sv6UEo51C9Bmpo1cKTq' },
    name: { label: 'Name', type: t.text, sample: 'Preferred Mail Day' },
    fieldKey: { label: 'Field Key', type: t.text, sample: 'contact.preferred_mail_day' },
    outputKey: {
      label: 'Output Key in Contact Triggers', type: t.text, from: [], sample: 'custom_preferred_mail_day',
      derive: (_d, raw) => outputKey({ id: text(raw.id) ?? text(raw._id) ?? '', fieldKey: text(raw.fieldKey), name: text(raw.name) }),
    },
    dataType: { label: 'Data Type', type: t.text, sample: 'SINGLE_OPTIONS' },
    model: { label: 'Model', type: t.text, sample: 'contact' },
    placeholder: { label: 'Placeholder', type: t.text, sample: null },
    options: { label: 'Options', type: t.strings, from: ['picklistOptions', 'options'], sample: ['Monday', 'Tuesday'] },
    position: { label: 'Position', type: t.number, sample: 0 },
  },
  { name: 'custom field' },
);
type Table = ReturnType<typeof makeTable>;
let table: Table | undefined;
export const customFieldTable = (): Table => (table ??= makeTable());
export type CustomFieldDefinition = Output<Table['fields']>;

export const customFieldList = (body: unknown): CustomFieldDefinition[] => customFieldTable().list('customFields', 'the custom fields list')(body);
/** A cached list (flat rows, as this table output them), read back through the same table. */
export const cachedCustomFields = (body: unknown): CustomFieldDefinition[] => customFieldTable().list('', 'the cached custom fields')(body);
