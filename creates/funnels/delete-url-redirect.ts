import { locationId } from '../../src/client';
import { defineAction } from '../../src/operation';
import { deleteRedirectEndpoint, redirectField } from '../../src/records/url-redirect';

/** Delete URL Redirect: the answer is `{ data: { status: 'ok' } }`. */
export default defineAction({
  key: 'deleteUrlRedirect',
  noun: 'URL Redirect',
  label: 'Delete URL Redirect',
  description: 'Deletes a URL redirect, so its path no longer redirects. This cannot be undone.',
  endpoint: deleteRedirectEndpoint,
  inputs: { id: redirectField(true, 'The redirect to delete. Pick one, or map a URL Redirect ID.') },
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  output: (_body, { input }) => ({ redirectId: input.id, succeeded: true }),
  sample: { redirectId: '6p2RxpgtMKQwO3E6IUaT', succeeded: true },
  outputFields: [
    { key: 'redirectId', label: 'Deleted URL Redirect ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
