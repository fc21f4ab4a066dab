import { contactField } from '../../src/common-fields';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { conversationField } from '../../src/records/conversation';
import { addedMessageResult, dateField, externalIdField, inboundMessageEndpoint, providerField } from '../../src/records/message-record';
import { attachmentsField, attachmentUrls } from '../../src/records/sent-message';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const TYPES = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  FB: 'Facebook Messenger',
  IG: 'Instagram',
  GMB: 'Google Business',
  Live_Chat: 'Live Chat',
  Custom: 'Custom',
  Call: 'Call',
} as const;

/**
 * Add Inbound Message: POST /conversations/messages/inbound, a message a contact sent through
 * another system (a custom conversation provider), recorded in the conversation so the team
 * sees and answers it in HighLevel. For email, Email Message ID threads it under an earlier
 * email. Decisions: src/records/message-record.ts.
 */
export default defineAction({
  key: 'addInboundMessage',
  noun: 'Inbound Message',
  label: 'Add Inbound Message',
  description: 'Adds a message a contact sent through another system (SMS gateway, email service, chat tool) to their conversation, as an inbound message, so it shows in the inbox and can trigger workflows.',
  endpoint: inboundMessageEndpoint,
  inputs: {
    type: f.choice({ label: 'Message Type', required: true, choices: TYPES, helpText: 'The channel the message came in on; it sets how HighLevel shows it.' }),
    contactId: contactField('The contact who sent the message (the conversation\'s contact).'),
    conversationId: conversationField('The contact\'s conversation. Pick one, or map the Conversation ID from Create Conversation or Search Conversations.'),
    conversationProviderId: providerField(),
    message: f.longText({ label: 'Message', helpText: 'The message text (for email, the plain-text body).' }),
    subject: f.text({ label: 'Subject', helpText: 'Email only: the subject line.' }),
    html: f.longText({ label: 'HTML Body', helpText: 'Email only: the body as HTML, e.g. `<p>Can I move my visit?</p>`.' }),
    emailFrom: f.email({ label: 'From Email', helpText: 'Email only: the sender\'s address (the contact\'s).' }),
    emailTo: f.email({ label: 'To Email', helpText: 'Email only: the address it was sent to (yours).' }),
    emailMessageId: f.id({ label: 'Reply To Email Message ID', helpText: 'Email only: the Email Message ID this email answers, so HighLevel threads it (from Send Email or an earlier message).' }),
    attachments: attachmentsField(),
    altId: externalIdField(),
    date: dateField('When the contact sent it (e.g. 2025-03-14T13:05:00-05:00). Leave blank for now.'),
  },
  request: (i, { input }) => {
    const isEmail = i.type === 'Email';
    for (const [key, label] of [['subject', 'Subject'], ['html', 'HTML Body'], ['emailFrom', 'From Email'], ['emailTo', 'To Email'], ['emailMessageId', 'Reply To Email Message ID']] as const) {
      if (!isEmail && input[key] !== undefined) throw invalidInput({ key, label }, 'is only used with Message Type "Email"');
    }
    if (i.message === undefined && i.html === undefined && i.attachments === undefined) throw invalidInput({ key: 'message', label: 'Message' }, 'is required (or "HTML Body" or "Attachment URLs")');
    if (i.emailFrom !== undefined && !EMAIL.test(i.emailFrom)) throw invalidInput({ key: 'emailFrom', label: 'From Email' }, 'must be an email address');
    return {
      body: {
        type: i.type,
        contactId: i.contactId,
        conversationId: i.conversationId,
        conversationProviderId: i.conversationProviderId,
        direction: 'inbound',
        ...(i.message !== undefined ? { message: i.message } : {}),
        ...(i.subject !== undefined ? { subject: i.subject } : {}),
        ...(i.html !== undefined ? { html: i.html } : {}),
        ...(i.emailFrom ? { emailFrom: i.emailFrom } : {}),
        ...(i.emailTo ? { emailTo: i.emailTo } : {}),
        ...(i.emailMessageId ? { emailMessageId: i.emailMessageId } : {}),
        ...attachmentUrls(i.attachments),
        ...(i.altId !== undefined ? { altId: i.altId } : {}),
        ...(i.date ? { date: i.date } : {}),
      },
    };
  },
  output: (body, ctx) => addedMessageResult.output(body, ctx),
  sample: addedMessageResult.sample,
  outputFields: addedMessageResult.outputFields,
});
