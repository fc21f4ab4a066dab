import { locationId } from '../../src/client';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { listRedirectsEndpoint, redirectList, redirectOutputs } from '../../src/records/url-redirect';

/** New URL Redirect: the first page of the location's redirects (limit and offset are required by the spec). */
export default defineListTrigger({
  key: 'newUrlRedirect',
  noun: 'URL Redirect',
  label: 'New URL Redirect',
  description: 'Triggers when a new URL redirect is added to one of your funnel or website domains.',
  endpoint: listRedirectsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: pollLimit(bundle), offset: 0 } }),
  records: redirectList,
  ...redirectOutputs,
});
