import { defineAction } from '../../src/operation';
import { conversationField } from '../../src/records/conversation';
import { deleteConversationEndpoint } from '../../src/records/conversation-writes';
import { succeededOf } from '../../src/records/result';

/** Delete Conversation: DELETE /conversations/{conversationId}; answers `{ success }`. */
export default defineAction({
  key: 'deleteConversation',
  noun: 'Conversation',
  label: 'Delete Conversation',
  description: 'Deletes a conversation and its messages from the inbox (the contact stays). This cannot be undone.',
  endpoint: deleteConversationEndpoint,
  inputs: { conversationId: conversationField() },
  output: (body, { input }) => ({ id: input.conversationId, deleted: succeededOf(body) }),
  sample: { id: 'ABC12h2F6uBrIkfXYazb', deleted: true },
  outputFields: [
    { key: 'id', label: 'Conversation ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ],
});
