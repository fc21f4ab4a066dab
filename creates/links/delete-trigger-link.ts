import { defineAction } from '../../src/operation';
import { succeededOf } from '../../src/records/result';
import { deleteLinkEndpoint, linkField } from '../../src/records/trigger-link';

export default defineAction({
  key: 'deleteTriggerLink',
  noun: 'Trigger Link',
  label: 'Delete Trigger Link',
  description: 'Deletes a trigger link; messages that already contain it stop redirecting. This cannot be undone.',
  endpoint: deleteLinkEndpoint,
  inputs: { linkId: linkField(true, 'The trigger link to delete. Pick one, or map a Trigger Link ID.') },
  output: (body, { input }) => ({ linkId: input.linkId, succeeded: succeededOf(body) }),
  sample: { linkId: 'n4AriwEnFrGh3tu08W0U', succeeded: true },
  outputFields: [
    { key: 'linkId', label: 'Deleted Trigger Link ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
