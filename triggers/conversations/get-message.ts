import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { getMessageEndpoint, messageConversationField, messageField, messageOutputs, messageRecord } from '../../src/records/message';

/**
 * Get Message by ID: watches one message; fires when first seen and again when it changes (its
 * status goes from sent to delivered or read, a call gets its duration): messages have no update
 * time, so the version is a content fingerprint. The spec does not declare the {id} parameter.
 */
export default defineRecordTrigger({
  key: 'getMessage',
  noun: 'Message',
  label: 'Get Message By ID',
  description: 'Triggers when the message you choose is first seen and again whenever it changes (for example its delivery status).',
  endpoint: getMessageEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The message to watch. Pick one, or map a Message ID from an earlier step.') },
  request: (input) => ({ path: { id: input.messageId } }),
  record: messageRecord,
  ...messageOutputs,
  recordIdKey: 'messageId',
  recordIdLabel: 'Message ID',
  version: fingerprint,
});
