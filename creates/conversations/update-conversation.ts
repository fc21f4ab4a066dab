import { locationId } from '../../src/client';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { conversationAnswer, conversationField, conversationTable } from '../../src/records/conversation';
import { updateConversationEndpoint } from '../../src/records/conversation-writes';

/**
 * Update Conversation: PUT /conversations/{conversationId} with the location and what changes:
 * the unread count (0 marks it read, the "unread" Update Message Status cannot set) and the star.
 * The spec's `feedback` (an untyped object) is not offered.
 */
export default defineAction({
  key: 'updateConversation',
  noun: 'Conversation',
  label: 'Update Conversation',
  description: 'Updates a conversation in the inbox: marks it read or unread (its unread count) and stars or unstars it, e.g. once another system has handled the message.',
  endpoint: updateConversationEndpoint,
  inputs: {
    conversationId: conversationField(),
    unreadCount: f.number({ label: 'Unread Count', helpText: 'How many messages show as unread: 0 marks the conversation read, 1 or more unread. Leave blank to keep it.' }),
    starred: f.boolean({ label: 'Starred', helpText: 'Yes stars the conversation, No removes the star. Leave blank to keep it.' }),
  },
  request: (i, { bundle }) => {
    if (i.unreadCount === undefined && i.starred === undefined) throw invalidInput({ key: 'unreadCount', label: 'Unread Count' }, 'or "Starred" (starred) is required: there is nothing to update');
    if (i.unreadCount !== undefined && (!Number.isInteger(i.unreadCount) || i.unreadCount < 0)) throw invalidInput({ key: 'unreadCount', label: 'Unread Count' }, `must be a whole number, 0 or more, got ${i.unreadCount}`);
    return { body: { locationId: locationId(bundle), ...(i.unreadCount !== undefined ? { unreadCount: i.unreadCount } : {}), ...(i.starred !== undefined ? { starred: i.starred } : {}) } };
  },
  output: conversationAnswer,
  ...conversationTable.shape,
});
