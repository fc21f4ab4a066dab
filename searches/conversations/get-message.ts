import { defineSearch } from '../../src/operation';
import { getMessageEndpoint, messageConversationField, messageField, messageOutputs, messageRecord } from '../../src/records/message';

/** Get Message by ID as a Zap step: the message, or no result when it does not exist. */
export default defineSearch({
  key: 'getMessage',
  noun: 'Message',
  label: 'Get Message by ID',
  description: 'Get specific message details by ID: text, channel, direction, status, attachments and call details.',
  endpoint: getMessageEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The message to get.') },
  request: (input) => ({ path: { id: input.messageId } }),
  records: (body) => [messageRecord(body)],
  ...messageOutputs,
});
