import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { succeededOf } from '../../src/records/result';
import { socialPostField } from '../../src/records/social-post';

/** DELETE /social-media-posting/{locationId}/posts/{id}: answers `{ success, results: { postId } }`. */
export default defineAction({
  key: 'deleteSocialPost',
  noun: 'Social Post',
  label: 'Delete Social Post',
  description: 'Deletes a social media post from the Social Planner (a scheduled post is then not posted). This cannot be undone.',
  endpoint: endpoint('DELETE', '/social-media-posting/{locationId}/posts/{id}', '2021-07-28', ['socialplanner/post.write']),
  inputs: { id: socialPostField('The post to delete permanently. Pick one, or map a Post ID.') },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), id: input.id } }),
  output: (body, { input }) => ({ postId: input.id, succeeded: succeededOf(body) }),
  sample: { postId: '65fac446d599990d1313c1dd', succeeded: true },
  outputFields: [
    { key: 'postId', label: 'Deleted Post ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
