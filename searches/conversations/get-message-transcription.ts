import { defineSearch } from '../../src/operation';
import { messageConversationField, messageField } from '../../src/records/message';
import { messagePath, transcriptionEndpoint, transcriptionOutputs, transcriptionRecord } from '../../src/records/recording';

/** Get Message Transcription as a Zap step: the transcript as text, or no result when there is none. */
export default defineSearch({
  key: 'getMessageTranscription',
  noun: 'Transcription',
  label: 'Get Message Transcription',
  description: 'Finds the transcribed text of a call message, one sentence a line, with the transcription confidence.',
  endpoint: transcriptionEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The call message whose transcription to get.') },
  request: messagePath,
  records: (body) => [transcriptionRecord(body)],
  ...transcriptionOutputs,
});
