import { z } from 'zod';
import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { slugInput, slugOf } from '../../src/records/calendar-group';
import { inputText } from '../../src/records/step-input';
import { parseResponse } from '../../src/schemas';

/**
 * Validate Group Slug: a read-only check, so a search. It always returns one item, `available`
 * true or false, so a Zap can branch on it (a search with no result would stop the Zap instead).
 * The spec declares the scope calendars/groups.write for it although it changes nothing.
 */
export default defineSearch({
  key: 'validateCalendarGroupSlug',
  noun: 'Group Slug',
  label: 'Validate Group Slug',
  description: 'Finds whether a calendar group slug is available in your location, before creating or renaming a group.',
  endpoint: endpoint('POST', '/calendars/groups/validate-slug', '2021-04-15', ['calendars/groups.write'], { readOnly: true }),
  inputs: { slug: slugInput(true) },
  request: ({ slug }, { bundle }) => ({ body: { locationId: locationId(bundle), slug: slugOf(slug) } }),
  records: (body) => [parseResponse(z.object({ available: z.boolean() }), body, 'the slug check')],
  output: (records, ctx) => {
    const slug = inputText(ctx, 'slug');
    return records.map((r) => ({ id: slug, slug, available: r.available }));
  },
  sample: { id: 'dental-consultations', slug: 'dental-consultations', available: true },
  outputFields: [
    { key: 'id', label: 'Slug' },
    { key: 'slug', label: 'Slug Checked' },
    { key: 'available', label: 'Available', type: 'boolean' },
  ],
});
