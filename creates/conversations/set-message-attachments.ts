import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { setAttachmentsEndpoint } from '../../src/records/conversation-writes';
import { messageConversationField, messageField } from '../../src/records/message';
import { attachmentUrls } from '../../src/records/sent-message';

/**
 * Set Message Attachments: PUT /conversations/messages/{messageId}/attachments, the links shown
 * on a call message (the spec: external calls, TYPE_CALL / TYPE_CUSTOM_CALL), replacing the ones
 * it had; 5 at most. The answer has no body.
 */
export default defineAction({
  key: 'setMessageAttachments',
  noun: 'Message Attachment',
  label: 'Set Message Attachments',
  description: 'Sets the attachment links of a call message (e.g. the recording, once the phone system has it), replacing the ones it had; used with Add Outbound Call.',
  endpoint: setAttachmentsEndpoint,
  inputs: {
    conversationId: messageConversationField(),
    messageId: messageField('The call message: map the Message ID from Add Outbound Call or Add Inbound Message, or pick it from the conversation above.'),
    attachments: f.list({ label: 'Attachment URLs', required: true, helpText: 'Up to 5 public links (https), e.g. `https://calls.example.com/rec/881.mp3`. They replace the message\'s current attachments.' }),
  },
  request: (i) => {
    if (i.attachments.length > 5) throw invalidInput({ key: 'attachments', label: 'Attachment URLs' }, `takes 5 links at most, got ${i.attachments.length}`);
    return { body: attachmentUrls(i.attachments) };
  },
  output: (_body, { input }) => ({ messageId: input.messageId, attachments: input.attachments }),
  sample: { messageId: 't22c6DQcTDf3MjRhwf77', attachments: ['https://calls.example.com/rec/881.mp3'] },
  outputFields: [
    { key: 'messageId', label: 'Message ID' },
    { key: 'attachments', label: 'Attachment URLs', list: true },
  ],
});
