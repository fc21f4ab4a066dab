import { defineSearch } from '../../src/operation';
import { messageConversationField, messageField } from '../../src/records/message';
import { fileBody, messagePath, recordingEndpoint, recordingOutputs } from '../../src/records/recording';

/**
 * Get Message Recording as a Zap step: the recording as a file (a pointer Zapier hydrates when a
 * later step uses it), or no result when the message has no recording (404).
 */
export default defineSearch({
  key: 'getMessageRecording',
  noun: 'Recording',
  label: 'Get Message Recording',
  description: 'Finds the voice recording of a call or voicemail message, as an audio file for a later step to store or send.',
  endpoint: recordingEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The call or voicemail message whose recording to get.') },
  request: messagePath,
  records: (body) => [fileBody(body)],
  ...recordingOutputs,
});
