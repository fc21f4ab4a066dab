import { z } from 'zod';
import { locationId } from '../../src/client';
import { listCustomFieldsEndpoint, outputKey } from '../../src/custom-fields';
import { f } from '../../src/fields';
import { defineListTrigger, each } from '../../src/operation';
import { CustomFieldDefinition, listOf, parseResponse } from '../../src/schemas';

const Definition = CustomFieldDefinition.extend({ position: z.number().nullish() });
type Definition = z.infer<typeof Definition>;
const definitionList = (body: unknown): Definition[] => parseResponse(listOf('customFields', Definition), body, 'the custom fields list');

/**
 * List Custom Fields: the location's custom field definitions of one model (contact or
 * opportunity), through the same endpoint and shape src/custom-fields.ts uses for named custom
 * fields; each new field fires once. `outputKey` is the key under which contact triggers output
 * the field's value (custom_<key>), so a Zap can map it. The endpoint does not page.
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
  records: definitionList,
  output: each((d) => ({
    id: d.id,
    name: d.name,
    fieldKey: d.fieldKey ?? null,
    outputKey: outputKey(d),
    dataType: d.dataType ?? null,
    model: d.model ?? null,
    placeholder: d.placeholder ?? null,
    options: d.picklistOptions ?? [],
    position: d.position ?? null,
  })),
  sample: {
    id: '3sv6UEo51C9Bmpo1cKTq',
    name: 'Preferred Mail Day',
    fieldKey: 'contact.preferred_mail_day',
    outputKey: 'custom_preferred_mail_day',
    dataType: 'SINGLE_OPTIONS',
    model: 'contact',
    placeholder: null,
    options: ['Monday', 'Tuesday'],
    position: 0,
  },
  outputFields: [
    { key: 'id', label: 'Custom Field ID' },
    { key: 'name', label: 'Name' },
    { key: 'fieldKey', label: 'Field Key' },
    { key: 'outputKey', label: 'Output Key in Contact Triggers' },
    { key: 'dataType', label: 'Data Type' },
    { key: 'model', label: 'Model' },
    { key: 'placeholder', label: 'Placeholder' },
    { key: 'options', label: 'Options' },
    { key: 'position', label: 'Position', type: 'integer' },
  ],
});
