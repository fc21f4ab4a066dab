import { defineRecordTrigger } from '../../src/operation';
import { messageConversationField, messageField } from '../../src/records/message';
import { fileBody, fileVersion, messagePath, recordingEndpoint, recordingOutputs } from '../../src/records/recording';

/**
 * Get Message Recording: fires once the call recording of the message exists (HighLevel answers
 * 404 until then), and again if it is replaced. The recording reaches Zapier as a file: the
 * output holds a dehydrated pointer (z.dehydrateFile), and the `hydrateRecording` hydrator
 * downloads the audio (audio/x-wav) only when a later step uses it. The check itself downloads
 * the answer with the shared client (its content fingerprint is the version); a cheaper
 * existence check would need a raw or HEAD mode in the shared client.
 */
export default defineRecordTrigger({
  key: 'getMessageRecording',
  noun: 'Recording',
  label: 'Get Message Recording',
  description: 'Triggers when the call recording of a message is available, with the recording as an audio file.',
  endpoint: recordingEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The call or voicemail message whose recording to get.') },
  request: messagePath,
  record: fileBody,
  ...recordingOutputs,
  recordIdKey: 'messageId',
  recordIdLabel: 'Message ID',
  version: fileVersion,
});
