import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { userIdField } from '../../src/records/user';
import { parseResponse } from '../../src/schemas';

/** DELETE /users/{userId} (path parameter undeclared in the spec). HighLevel queues the deletion. */
export default defineAction({
  key: 'deleteUser',
  noun: 'User',
  label: 'Delete User',
  description: 'Deletes a user; the deletion is queued and takes effect within minutes. This cannot be undone.',
  endpoint: endpoint('DELETE', '/users/{userId}', '2021-07-28', ['users.write']),
  // HighLevel serves users to either token: an agency connection manages its users with its own token.
  connection: 'either',
  inputs: { userId: userIdField('The user to delete. Pick one, or map an User ID from an earlier step.') },
  output: (body, { input }) => {
    const r = parseResponse(z.looseObject({ succeded: z.boolean().nullish(), message: z.string().nullish() }), body ?? {}, 'the user deletion');
    return { userId: input.userId, succeeded: r.succeded ?? true, message: r.message ?? null };
  },
  sample: { userId: 'y0BeYjuRIlDwsDcOHOJo', succeeded: true, message: 'Queued deleting user with e-mail sam.lee@example.com and name Sam Lee. Will take effect in a few minutes.' },
  outputFields: [
    { key: 'userId', label: 'Deleted User ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
    { key: 'message', label: 'Message' },
  ],
});
