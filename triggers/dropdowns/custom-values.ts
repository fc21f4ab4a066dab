import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { customValueList, listCustomValuesEndpoint } from '../../src/records/custom-value';

/** The location's custom values for the Custom Value dropdown (the list does not page). */
export default defineListTrigger({
  key: 'customValueDropdown',
  noun: 'Custom Value',
  label: 'Custom Values (Dropdown)',
  description: 'Triggers when the Custom Value dropdown loads: lists the location\'s custom values.',
  hidden: true,
  endpoint: listCustomValuesEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ path: { locationId: locationId(bundle) } }),
  records: customValueList,
  output: (values) => values.map((v) => ({ id: v.id, name: v.name ?? v.id })),
  sample: { id: 'rWQ709Pb62syqGLceg1x', name: 'Spring Promo Code' },
  outputFields: [
    { key: 'id', label: 'Custom Value ID' },
    { key: 'name', label: 'Custom Value' },
  ],
});
