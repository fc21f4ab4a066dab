import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { listPostsEndpoint, POST_PAGE, postsListBody, postWindow, socialPostList } from '../../src/records/social-post';

const PREVIEW = 60;
/** A post's dropdown label: the start of its text and its status. */
const labelOf = (p: { id: string; summary: string | null; status: string | null }) => {
  const text = (p.summary ?? '').replace(/\s+/g, ' ').trim();
  const short = text.length > PREVIEW ? `${text.slice(0, PREVIEW - 1)}…` : text || p.id;
  return p.status ? `${short} (${p.status})` : short;
};

/**
 * Social Planner posts for the Post dropdown (hidden): the posts dated from 30 days back to 90
 * days ahead (the list requires a date range), 100 per "load more".
 */
export default defineListTrigger({
  key: 'socialPostDropdown',
  noun: 'Social Post',
  label: 'Social Posts (Dropdown)',
  description: 'Triggers when the Post dropdown loads: lists Social Planner posts dated from 30 days ago to 90 days ahead.',
  hidden: true,
  canPaginate: true,
  endpoint: listPostsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({
    path: { locationId: locationId(bundle) },
    body: postsListBody({ ...postWindow(30, 90), limit: POST_PAGE, skip: (Number(bundle.meta?.page) || 0) * POST_PAGE }),
  }),
  records: socialPostList,
  output: (rows) => rows.map((p) => ({ id: p.id, name: labelOf(p) })),
  sample: { id: '65fac446d599990d1313c1dd', name: 'Spring whitening special: 20% off at-home kits until April 30… (scheduled)' },
  outputFields: [
    { key: 'id', label: 'Post ID' },
    { key: 'name', label: 'Post' },
  ],
});
