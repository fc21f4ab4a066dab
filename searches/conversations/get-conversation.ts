import { defineSearch } from '../../src/operation';
import { conversationField, conversationOutputs, conversationRecord, getConversationEndpoint } from '../../src/records/conversation';

/** Get Conversation as a Zap step: the conversation by ID, or no result when it does not exist. */
export default defineSearch({
  key: 'getConversation',
  noun: 'Conversation',
  label: 'Get Conversation',
  description: 'Finds a conversation by ID, with its contact, channel, last message, unread count and assignee.',
  endpoint: getConversationEndpoint,
  inputs: { conversationId: conversationField('The conversation to get. Pick one, or map a Conversation ID from an earlier step.') },
  records: (body) => [conversationRecord(body)],
  ...conversationOutputs,
});
