import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t } from '../record-table';

/**
 * A location's custom values (locations.json): named texts that emails, SMS and funnels insert
 * as `{{ custom_values.<key> }}` (the record's `fieldKey`). The spec answers writes as
 * `{ customValue }` and lists as `{ customValues }`.
 */
export const customValueTable = defineRecord(
  {
    id: { label: 'Custom Value ID', type: t.text, sample: 'rWQ709Pb62syqGLceg1x' },
    name: { label: 'Name', type: t.text, important: true, sample: 'Spring Promo Code' },
    value: { label: 'Value', type: t.text, important: true, sample: 'SMILE25' },
    fieldKey: { label: 'Merge Field', type: t.text, sample: '{{ custom_values.spring_promo_code }}' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'custom value' },
);

export const customValueList = customValueTable.list('customValues', 'the custom values list');
export const customValueRecord = customValueTable.one('customValue');
export const customValueAnswer = customValueTable.answer('customValue');

const V = '2021-07-28';
export const listCustomValuesEndpoint = endpoint('GET', '/locations/{locationId}/customValues', V, ['locations/customValues.readonly']);
// The spec gives the single-value routes no scope; docs/oauth/Scopes.md lists them under locations/customValues.*.
export const getCustomValueEndpoint = endpoint('GET', '/locations/{locationId}/customValues/{id}', V, ['locations/customValues.readonly']);

export const customValueField = (helpText: string) =>
  f.id({ label: 'Custom Value', required: true, dynamic: 'customValueDropdown.id.name', search: 'findCustomValue.id', helpText });
