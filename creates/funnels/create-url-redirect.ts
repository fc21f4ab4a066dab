import { locationId } from '../../src/client';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { actionInput, createRedirectEndpoint, redirectAnswer, redirectShape, targetInput, targetOf } from '../../src/records/url-redirect';

export default defineAction({
  key: 'createUrlRedirect',
  noun: 'URL Redirect',
  label: 'Create URL Redirect',
  description: 'Creates a URL redirect that sends visitors of a path on one of your funnel or website domains to another address.',
  endpoint: createRedirectEndpoint,
  inputs: {
    domain: f.text({ label: 'Domain', required: true, helpText: 'A domain connected to the location\'s funnels or websites, without `https://`, e.g. `www.example.com`.' }),
    path: f.text({ label: 'Path', required: true, helpText: 'The path to redirect, starting with /, e.g. `/old-offers`.' }),
    target: targetInput(),
    action: actionInput(),
  },
  request: ({ domain, path, target, action }, { bundle }) => {
    if (/[/:\s]/.test(domain)) throw invalidInput({ key: 'domain', label: 'Domain' }, `must be a domain name such as www.example.com (no scheme or path), got "${domain}"`);
    if (!path.startsWith('/') || /\s/.test(path)) throw invalidInput({ key: 'path', label: 'Path' }, `must start with / and contain no spaces, e.g. /old-offers, got "${path}"`);
    return { body: { locationId: locationId(bundle), domain, path, target: targetOf(target), action: action ?? 'url' } };
  },
  output: redirectAnswer,
  ...redirectShape,
});
