import { endpoint } from '../endpoint';
import { V } from './conversation';

/**
 * Conversation and message writes beyond sending: Update / Delete Conversation, Set Message
 * Attachments, Reply To Google Review. Update answers `{ success, conversation }`, read through
 * the conversation table; the others `{ success }` (or nothing).
 */
export const updateConversationEndpoint = endpoint('PUT', '/conversations/{conversationId}', V, ['conversations.write']);
export const deleteConversationEndpoint = endpoint('DELETE', '/conversations/{conversationId}', V, ['conversations.write']);
export const setAttachmentsEndpoint = endpoint('PUT', '/conversations/messages/{messageId}/attachments', V, ['conversations/message.write']);
export const reviewReplyEndpoint = endpoint('POST', '/conversations/messages/review-reply', V, ['conversations/message.write']);
