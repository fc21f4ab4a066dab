import type { Create } from 'zapier-platform-core';
import addInboundMessage from './add-inbound-message';
import addOutboundCall from './add-outbound-call';
import cancelScheduledEmail from './cancel-scheduled-email';
import cancelScheduledMessage from './cancel-scheduled-message';
import createConversation from './create-conversation';
import deleteConversation from './delete-conversation';
import replyToGoogleReview from './reply-to-google-review';
import sendEmail from './send-email';
import sendLiveChatTypingIndicator from './send-live-chat-typing-indicator';
import sendMessage from './send-message';
import sendSms from './send-sms';
import setMessageAttachments from './set-message-attachments';
import updateConversation from './update-conversation';
import updateMessageStatus from './update-message-status';
import uploadMessageAttachment from './upload-message-attachment';

/** The Conversations & Messages creates (in the order the README table shows them). */
export const conversations: Create[] = [
  updateMessageStatus,
  sendLiveChatTypingIndicator,
  // Sending and scheduling (issue 14 part 2)
  sendSms,
  sendEmail,
  sendMessage,
  cancelScheduledMessage,
  cancelScheduledEmail,
  uploadMessageAttachment,
  createConversation,
  addInboundMessage,
  addOutboundCall,
  setMessageAttachments,
  updateConversation,
  replyToGoogleReview,
  deleteConversation,
];
