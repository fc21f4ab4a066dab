import { callApi } from '../../src/client';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import {
  opportunityList,
  opportunityOutputs,
  opportunitySearchQuery,
  optionalContactField,
  optionalPipelineField,
  searchOpportunitiesEndpoint,
  statusField,
} from '../../src/records/opportunity';

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * Find Opportunity: GET /opportunities/search, newest first, by contact (and pipeline), or by
 * name. A name is matched exactly (ignoring case and surrounding spaces) among the answers:
 * HighLevel's `q` is a full-text search over names, contact details and tags, so it alone would
 * also find "Roof repair 2" for "Roof repair". With a contact, the contact's opportunities are
 * read and filtered by name here (no `q`, which needs 3+ characters). Pairs with Create
 * Opportunity as search-or-create.
 */
export default defineSearch({
  key: 'findOpportunity',
  noun: 'Opportunity',
  label: 'Find Opportunity',
  description: 'Finds an opportunity by its contact (and pipeline) or by its name; the newest match comes first.',
  endpoint: searchOpportunitiesEndpoint,
  inputs: {
    contactId: optionalContactField('Find the opportunities of this contact.'),
    pipelineId: optionalPipelineField('Only in this pipeline. Pick one, or map a Pipeline ID from an earlier step.'),
    name: f.text({ label: 'Opportunity Name', helpText: 'Find the opportunity with exactly this name (case does not matter).' }),
    status: statusField('Only opportunities with this status. Leave empty for any status.'),
  },
  records: opportunityList,
  perform: async (ctx) => {
    const { input, bundle } = ctx;
    if (!input.contactId && !input.name) throw invalidInput({ key: 'contactId', label: 'Contact' }, 'or Opportunity Name is required');
    const filter = { contactId: input.contactId, pipelineId: input.pipelineId, status: input.status, q: input.contactId ? undefined : input.name };
    const found = opportunityList(await callApi(ctx, searchOpportunitiesEndpoint, { query: opportunitySearchQuery(bundle, filter, input.name ? 100 : 10) }));
    return input.name ? found.filter((o) => norm(o.name) === norm(input.name)) : found;
  },
  ...opportunityOutputs,
});
