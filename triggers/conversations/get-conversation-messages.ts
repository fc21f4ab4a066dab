import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { conversationField } from '../../src/records/conversation';
import { conversationMessageList, conversationMessagesEndpoint, conversationMessageTypeChoices, messageOutputs, messagePage } from '../../src/records/message';

/**
 * Get Messages by Conversation: the conversation's messages, newest first as HighLevel lists
 * them; each fires once. Pages with `lastMessageId` while HighLevel says `nextPage` and the poll
 * has room, so an idle poll is one request (100 messages a page).
 */
export default defineListTrigger({
  key: 'getConversationMessages',
  noun: 'Message',
  label: 'Get Messages By Conversation',
  description: 'Triggers when a new message (in either direction) is added to the conversation you choose.',
  endpoint: conversationMessagesEndpoint,
  inputs: {
    conversationId: conversationField('The conversation whose messages to watch.'),
    type: f.choice({ label: 'Message Type', choices: conversationMessageTypeChoices, helpText: 'Only messages of this type (SMS, Email, Call, ...). Defaults to all.' }),
  },
  request: (input, { bundle }) => ({ query: { limit: pollLimit(bundle), type: input.type } }),
  paging: {
    next: (body, current) => {
      const page = messagePage(body);
      return page.nextPage && page.lastMessageId ? { ...current, query: { ...current.query, lastMessageId: page.lastMessageId } } : null;
    },
  },
  records: conversationMessageList,
  ...messageOutputs,
});
