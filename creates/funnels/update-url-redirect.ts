import { locationId } from '../../src/client';
import { defineAction } from '../../src/operation';
import { actionInput, redirectAnswer, redirectField, redirectShape, targetInput, targetOf, updateRedirectEndpoint } from '../../src/records/url-redirect';

/** Update URL Redirect: the spec's PATCH body requires target, action and locationId (the path and domain cannot change). */
export default defineAction({
  key: 'updateUrlRedirect',
  noun: 'URL Redirect',
  label: 'Update URL Redirect',
  description: 'Updates where a URL redirect sends visitors; its domain and path stay as they are.',
  endpoint: updateRedirectEndpoint,
  inputs: {
    id: redirectField(true, 'The redirect to change. Pick one, or map a URL Redirect ID.'),
    target: targetInput(),
    action: actionInput(),
  },
  request: ({ target, action }, { bundle }) => ({ body: { target: targetOf(target), action: action ?? 'url', locationId: locationId(bundle) } }),
  output: redirectAnswer,
  ...redirectShape,
});
