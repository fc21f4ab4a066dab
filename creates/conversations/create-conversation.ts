import { locationId } from '../../src/client';
import { contactField } from '../../src/common-fields';
import { defineAction } from '../../src/operation';
import { createConversationEndpoint, createdConversationResult } from '../../src/records/message-record';

/**
 * Create Conversation: POST /conversations/ (locationId, contactId). HighLevel keeps one
 * conversation per contact and channel group; the spec does not say what it answers for a
 * contact that has one (an error is shown as HighLevel words it; the sandbox answers the existing
 * one), so the help suggests Search Conversations (Contact ID) first.
 */
export default defineAction({
  key: 'createConversation',
  noun: 'Conversation',
  label: 'Create Conversation',
  description: 'Creates a conversation for a contact, e.g. before adding messages from another system with Add Inbound Message or Add Outbound Call; use Search Conversations first when the contact may have one.',
  endpoint: createConversationEndpoint,
  inputs: {
    contactId: contactField(),
  },
  request: (i, { bundle }) => ({ body: { locationId: locationId(bundle), contactId: i.contactId } }),
  output: (body, ctx) => createdConversationResult.output(body, ctx),
  sample: createdConversationResult.sample,
  outputFields: createdConversationResult.outputFields,
});
