import type { Create } from 'zapier-platform-core';
import sendLiveChatTypingIndicator from './send-live-chat-typing-indicator';
import updateMessageStatus from './update-message-status';

/** The Conversations & Messages creates (in the order the README table shows them). */
export const conversations: Create[] = [updateMessageStatus, sendLiveChatTypingIndicator];
