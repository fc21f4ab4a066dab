import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { conversationField, conversationOutputs, conversationRecord, getConversationEndpoint } from '../../src/records/conversation';

/**
 * Get Conversation: watches one conversation; fires when first seen and again whenever it
 * changes (its update time where HighLevel sends one, else a fingerprint of its content, so a
 * new unread count or assignee fires too).
 */
export default defineRecordTrigger({
  key: 'getConversation',
  noun: 'Conversation',
  label: 'Get Conversation',
  description: 'Triggers when the conversation you choose is first seen and again whenever it changes (new messages, read status, assignee).',
  endpoint: getConversationEndpoint,
  inputs: { conversationId: conversationField('The conversation to watch. Pick one, or map a Conversation ID from an earlier step.') },
  record: conversationRecord,
  ...conversationOutputs,
  recordIdKey: 'conversationId',
  recordIdLabel: 'Conversation ID',
  version: (c) => c.dateUpdated ?? fingerprint(c),
});
