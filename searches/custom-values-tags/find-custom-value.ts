import { findByName } from '../../src/find-by-name';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { customValueList, customValueTable, listCustomValuesEndpoint } from '../../src/records/custom-value';

/** HighLevel has no custom value search: the (unpaged) list is read and matched by name. */
export default defineSearch({
  key: 'findCustomValue',
  noun: 'Custom Value',
  label: 'Find Custom Value',
  description: 'Finds a custom value by its name, e.g. to read the current promo code or update it in a later step.',
  endpoint: listCustomValuesEndpoint,
  inputs: { name: f.text({ label: 'Name', required: true, helpText: 'The custom value\'s name as in Settings > Custom Values, e.g. `Spring Promo Code` (case does not matter).' }) },
  records: customValueList,
  perform: (ctx) => findByName(ctx, listCustomValuesEndpoint, customValueList, ctx.input.name),
  ...customValueTable.outputs,
});
