import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { associationList, listAssociationsEndpoint } from '../../src/records/association';

/** The location's associations, 100 a page, labelled "key (first label / second label)". */
export default defineListTrigger({
  key: 'associationDropdown',
  noun: 'Association',
  label: 'Associations (Dropdown)',
  description: 'Triggers when the Association dropdown loads: lists the location\'s associations.',
  hidden: true,
  canPaginate: true,
  endpoint: listAssociationsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), skip: (Number(bundle.meta?.page) || 0) * 100, limit: 100 } }),
  records: associationList,
  output: each((flat) => {
    const labels = [flat.firstObjectLabel, flat.secondObjectLabel].filter(Boolean).join(' / ');
    return { id: flat.id, name: `${flat.key ?? flat.id}${labels ? ` (${labels})` : ''}` };
  }),
  sample: { id: '669e5795add2094075906c65', name: 'pet_owner (Pet / Owner)' },
  outputFields: [
    { key: 'id', label: 'Association ID' },
    { key: 'name', label: 'Association' },
  ],
});
