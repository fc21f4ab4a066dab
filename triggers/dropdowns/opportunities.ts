import { defineListTrigger, each } from '../../src/operation';
import { opportunityList, opportunitySearchQuery, searchOpportunitiesEndpoint } from '../../src/records/opportunity';

/** Opportunities for dropdowns, newest first, 100 a page; the label shows the contact too. */
export default defineListTrigger({
  key: 'opportunityDropdown',
  noun: 'Opportunity',
  label: 'Opportunities (Dropdown)',
  description: 'Triggers when the Opportunity dropdown loads: lists opportunities.',
  hidden: true,
  canPaginate: true,
  endpoint: searchOpportunitiesEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({
    query: { ...opportunitySearchQuery(bundle, {}, 100), page: (Number(bundle.meta?.page) || 0) + 1 },
  }),
  records: opportunityList,
  output: each((o) => {
    const name = o.name || o.id;
    return { id: o.id, name: o.contactName && o.contactName !== name ? `${name} (${o.contactName})` : name };
  }),
  sample: { id: 'yWQobCRIhRguQtD2llvk', name: 'Delgado Dental - spring postcard run (Rosa Delgado)' },
  outputFields: [
    { key: 'id', label: 'Opportunity ID' },
    { key: 'name', label: 'Opportunity' },
  ],
});
