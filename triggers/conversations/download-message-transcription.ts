import { defineRecordTrigger } from '../../src/operation';
import { messageConversationField, messageField } from '../../src/records/message';
import { fileBody, fileVersion, messagePath, transcriptionDownloadEndpoint, transcriptionFileOutputs } from '../../src/records/recording';

/**
 * Download Transcription: fires once the transcription file of a call exists, and again when it
 * changes (content fingerprint). HighLevel answers text/plain (transcription.txt); it reaches
 * Zapier as a file through the `hydrateTranscription` hydrator, never as text in the JSON.
 */
export default defineRecordTrigger({
  key: 'downloadMessageTranscription',
  noun: 'Transcription',
  label: 'Download Transcription',
  description: 'Triggers when the transcription of a call message is available, with it as a text file.',
  endpoint: transcriptionDownloadEndpoint,
  inputs: { conversationId: messageConversationField(), messageId: messageField('The call message whose transcription file to get.') },
  request: messagePath,
  record: fileBody,
  ...transcriptionFileOutputs,
  recordIdKey: 'messageId',
  recordIdLabel: 'Message ID',
  version: fileVersion,
});
