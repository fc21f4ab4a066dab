import { locationId } from '../../src/client';
import { listObjectsEndpoint } from '../../src/custom-objects';
import { defineListTrigger } from '../../src/operation';
import { customObjectList } from '../../src/records/custom-object';

/**
 * The location's custom objects for the Custom Object dropdown: the value is the object's key
 * (`custom_objects.pet`), which the record endpoints take. Standard objects (contact,
 * opportunity, business) are left out: they have their own operations.
 */
export default defineListTrigger({
  key: 'customObjectDropdown',
  noun: 'Custom Object',
  label: 'Custom Objects (Dropdown)',
  description: 'Triggers when the Custom Object dropdown loads: lists the location\'s custom objects.',
  hidden: true,
  endpoint: listObjectsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  records: customObjectList,
  output: (objects) =>
    objects
      .filter((o) => o.standard !== true && o.key)
      .map((o) => ({ id: String(o.key), name: o.plural ?? o.singular ?? String(o.key) })),
  sample: { id: 'custom_objects.pet', name: 'Pets' },
  outputFields: [
    { key: 'id', label: 'Object Key' },
    { key: 'name', label: 'Custom Object' },
  ],
});
