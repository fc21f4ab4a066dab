import { locationId } from '../../src/client';
import { defineAction } from '../../src/operation';
import { createLinkEndpoint, linkAnswer, linkShape, nameInput, redirectInput, redirectOf } from '../../src/records/trigger-link';

export default defineAction({
  key: 'createTriggerLink',
  noun: 'Trigger Link',
  label: 'Create Trigger Link',
  description: 'Creates a trigger link that redirects to a web address; its merge field goes into messages, and clicks can start workflows.',
  endpoint: createLinkEndpoint,
  inputs: { name: nameInput(true), redirectTo: redirectInput(true) },
  request: ({ name, redirectTo }, { bundle }) => ({ body: { locationId: locationId(bundle), name, redirectTo: redirectOf(redirectTo ?? '') } }),
  output: linkAnswer,
  ...linkShape,
});
