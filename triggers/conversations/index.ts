import type { Trigger } from 'zapier-platform-core';
import conversationDropdown from '../dropdowns/conversations';
import messageDropdown from '../dropdowns/messages';
import downloadMessageTranscription from './download-message-transcription';
import getConversation from './get-conversation';
import getConversationMessages from './get-conversation-messages';
import getEmailMessage from './get-email-message';
import getMessage from './get-message';
import getMessageRecording from './get-message-recording';
import getMessageTranscription from './get-message-transcription';
import newInboundMessage from './new-inbound-message';
import searchConversations from './search-conversations';

/** The Conversations & Messages triggers (in the order the README table shows them), then their hidden dropdown sources. */
export const conversations: Trigger[] = [
  newInboundMessage,
  searchConversations,
  getConversation,
  getEmailMessage,
  getMessage,
  getConversationMessages,
  getMessageRecording,
  getMessageTranscription,
  downloadMessageTranscription,
  conversationDropdown,
  messageDropdown,
];
