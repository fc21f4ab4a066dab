import { callApi, locationId } from '../../src/client';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';
import { getLinkEndpoint, linkAnswer, linkField, linkRecord, linkShape, nameInput, redirectInput, redirectOf, updateLinkEndpoint } from '../../src/records/trigger-link';

/**
 * Update Trigger Link: PUT /links/{linkId} requires name AND redirectTo (LinkUpdateDto). When one
 * is left empty the link is read first (GET /links/id/{linkId}) and its current value is sent.
 */
export default defineAction({
  key: 'updateTriggerLink',
  noun: 'Trigger Link',
  label: 'Update Trigger Link',
  description: 'Updates a trigger link\'s name or destination; fields left empty keep their current value.',
  endpoint: updateLinkEndpoint,
  inputs: {
    linkId: linkField(true, 'The trigger link to change. Pick one, or map a Trigger Link ID.'),
    name: nameInput(false),
    redirectTo: redirectInput(false),
  },
  request: async ({ linkId, name, redirectTo }, ctx) => {
    if (name === undefined && redirectTo === undefined) {
      throw invalidInput({ key: 'name', label: 'Name' }, 'or Redirect URL must be filled in: there is nothing to change');
    }
    if (redirectTo !== undefined) redirectOf(redirectTo);
    const now = name !== undefined && redirectTo !== undefined
      ? null
      : linkRecord(await callApi(ctx, getLinkEndpoint, { path: { linkId }, query: { locationId: locationId(ctx.bundle) } }));
    return { body: { name: name ?? now?.name ?? '', redirectTo: redirectTo ?? now?.redirectTo ?? '' } };
  },
  output: linkAnswer,
  ...linkShape,
});
