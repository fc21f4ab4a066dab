import type { Bundle, Search, ZObject } from 'zapier-platform-core';
import { hydrateRecording, hydrateTranscription } from '../../src/records/recording';
import downloadMessageTranscription from './download-message-transcription';
import getConversation from './get-conversation';
import getEmailMessage from './get-email-message';
import getMessage from './get-message';
import getMessageRecording from './get-message-recording';
import getMessageTranscription from './get-message-transcription';

/** The Conversations & Messages searches (in the order the README table shows them). */
export const conversations: Search[] = [
  getConversation,
  getEmailMessage,
  getMessage,
  getMessageRecording,
  getMessageTranscription,
  downloadMessageTranscription,
];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};

/** Hydrators this category uses for files (z.dehydrateFile): recordings and transcription downloads. */
export const hydrators: Record<string, (z: ZObject, bundle: Bundle) => Promise<unknown>> = {
  hydrateRecording,
  hydrateTranscription,
};
