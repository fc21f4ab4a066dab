import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { messageConversationField, messageField } from '../../src/records/message';
import { messagePath, transcriptionEndpoint, transcriptionOutputs, transcriptionRecord } from '../../src/records/recording';

/**
 * Get Message Transcription: fires once the transcription of a call exists and again when it
 * changes (content fingerprint). The spec types the answer as one sentence object; live answers
 * are an array of sentences: both are read, and output as one text, a sentence a line.
 */
export default defineRecordTrigger({
  key: 'getMessageTranscription',
  noun: 'Transcription',
  label: 'Get Message Transcription',
  description: 'Triggers when the transcription of a call message is available, with the full transcript as text.',
  endpoint: transcriptionEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The call message whose transcription to get.') },
  request: messagePath,
  record: transcriptionRecord,
  ...transcriptionOutputs,
  recordIdKey: 'messageId',
  recordIdLabel: 'Message ID',
  version: fingerprint,
});
