import { locationId } from '../../src/client';
import { listCustomFieldsEndpoint } from '../../src/custom-fields';
import { f } from '../../src/fields';
import { defineListTrigger } from '../../src/operation';
import { customFieldList, customFieldTable } from '../../src/records/custom-field-definition';

/**
 * List Custom Fields: the location's custom field definitions of one model (contact or
 * opportunity), through the same endpoint and record table src/custom-fields.ts uses for named
 * custom fields; each new field fires once. `outputKey` is the key under which contact triggers
 * output the field's value (custom_<key>), so a Zap can map it. The endpoint does not page.
 */
export default defineListTrigger({
  key: 'listCustomFields',
  noun: 'Custom Field',
  label: 'List Custom Fields',
  description: 'Triggers when a new contact (or opportunity) custom field is defined in your location, with its type and options.',
  endpoint: listCustomFieldsEndpoint,
  inputs: {
    model: f.choice({
      label: 'Model',
      choices: { contact: 'Contact', opportunity: 'Opportunity' },
      default: 'contact',
      helpText: 'Whose custom fields: contacts or opportunities. Defaults to Contact.',
    }),
  },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle) }, query: { model: input.model ?? 'contact' } }),
  records: customFieldList,
  ...customFieldTable().outputs,
});
