import { defineSearch } from '../../src/operation';
import { getMessageEndpoint, messageConversationField, messageField, messageOutputs, messageRecord } from '../../src/records/message';

/** Get Message by ID as a Zap step: the message, or no result when it does not exist. */
export default defineSearch({
  key: 'getMessage',
  noun: 'Message',
  label: 'Get Message By ID',
  description: 'Finds a message by ID, with its text, channel, direction, status, attachments and call details.',
  endpoint: getMessageEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The message to get. Pick one, or map a Message ID from an earlier step.') },
  request: (input) => ({ path: { id: input.messageId } }),
  records: (body) => [messageRecord(body)],
  ...messageOutputs,
});
