import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { linkList, linkOutputs, searchLinksEndpoint } from '../../src/records/trigger-link';

/** Find Trigger Link: GET /links/search matches the query against the link names; the first 10 matches. */
export default defineSearch({
  key: 'findTriggerLink',
  noun: 'Trigger Link',
  label: 'Find Trigger Link',
  description: 'Finds trigger links whose name contains the text you give, e.g. to get a link\'s merge field for a message.',
  endpoint: searchLinksEndpoint,
  inputs: { query: f.text({ label: 'Name', required: true, helpText: 'Text the link\'s name contains, e.g. "whitening". The first 10 matches are returned.' }) },
  request: ({ query }, { bundle }) => ({ query: { locationId: locationId(bundle), query, skip: 0, limit: 10 } }),
  records: linkList,
  ...linkOutputs,
});
