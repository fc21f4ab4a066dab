import { defineSearch } from '../../src/operation';
import { messageConversationField, messageField } from '../../src/records/message';
import { fileBody, messagePath, transcriptionDownloadEndpoint, transcriptionFileOutputs } from '../../src/records/recording';

/** Download Transcription as a Zap step: the transcription as a text file, or no result when there is none. */
export default defineSearch({
  key: 'downloadMessageTranscription',
  noun: 'Transcription',
  label: 'Download Transcription',
  description: 'Finds the transcription of a call message as a text file (transcription.txt), for a later step to store or attach.',
  endpoint: transcriptionDownloadEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The call message whose transcription file to get.') },
  request: messagePath,
  records: (body) => [fileBody(body)],
  ...transcriptionFileOutputs,
});
