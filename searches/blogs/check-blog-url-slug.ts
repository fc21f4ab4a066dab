import { defineSearch } from '../../src/operation';
import { checkSlugEndpoint, slugCheckInputs, slugCheckRequest, slugOutputs, slugRecord } from '../../src/records/blog';

/** Check Blog URL Slug as a Zap step: always one result saying whether the slug is taken. */
export default defineSearch({
  key: 'checkBlogUrlSlug',
  noun: 'URL Slug',
  label: 'Check Blog URL Slug',
  description: 'Finds whether a blog post URL slug is free before publishing: whether another post of the location already uses it.',
  endpoint: checkSlugEndpoint,
  inputs: slugCheckInputs,
  request: slugCheckRequest,
  records: (body) => [slugRecord(body)],
  ...slugOutputs,
});
