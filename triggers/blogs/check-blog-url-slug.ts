import { defineRecordTrigger } from '../../src/operation';
import { checkSlugEndpoint, slugCheckInputs, slugCheckRequest, slugOutputs, slugRecord } from '../../src/records/blog';

/**
 * Check Blog URL Slug as a trigger: fires when the slug is first checked and again whenever its
 * availability changes (the version is "taken" or "available"), e.g. when a post frees it.
 */
export default defineRecordTrigger({
  key: 'checkBlogUrlSlug',
  noun: 'URL Slug',
  label: 'Check Blog URL Slug',
  description: 'Triggers when a blog post URL slug is checked, with whether it is taken, and again whenever that changes.',
  endpoint: checkSlugEndpoint,
  inputs: slugCheckInputs,
  request: slugCheckRequest,
  record: slugRecord,
  ...slugOutputs,
  recordIdKey: 'urlSlug',
  recordIdLabel: 'URL Slug',
  version: (r) => (r.exists ? 'taken' : 'available'),
});
