import { clock } from '../../src/clock';
import { contactField } from '../../src/common-fields';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { messageConversationField } from '../../src/records/message';
import {
  attachmentsField, attachmentUrls, scheduledTimestamp, sendAtField, sendMessageEndpoint, sentMessageResult,
} from '../../src/records/sent-message';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Cc / Bcc: lists of email addresses, each checked, before any request. */
function addresses(key: 'emailCc' | 'emailBcc', label: string, list: string[] | undefined): Record<string, string[]> {
  if (!list) return {};
  const bad = list.find((a) => !EMAIL.test(a));
  if (bad !== undefined) throw invalidInput({ key, label }, `must be email addresses, got "${bad}"`);
  return { [key]: list };
}

/**
 * Send Email: POST /conversations/messages with type Email: subject, HTML and/or plain text,
 * Cc/Bcc, attachments (links), replies threaded on an earlier email, and scheduling.
 * Threading: `replyMessageId` is the conversation message replied to (HighLevel threads the
 * reply under it, Re: subject); `threadId` the email thread (the message that holds the
 * thread's emails). Either can come from Get Messages by Conversation or New Inbound Message.
 * Decisions: src/records/sent-message.ts.
 */
export default defineAction({
  key: 'sendEmail',
  noun: 'Email',
  label: 'Send Email',
  description: 'Sends an email to a contact from the location\'s email service, with subject, HTML body, Cc/Bcc and attachments, now or scheduled; can reply within an earlier email thread.',
  endpoint: sendMessageEndpoint,
  inputs: {
    contactId: contactField('The contact to email. Pick one, or map a Contact ID (e.g. from Find Contact).'),
    subject: f.text({ label: 'Subject', helpText: 'The subject line. Required for a new email; leave blank when replying (HighLevel then uses "Re:" and the original subject).' }),
    html: f.longText({ label: 'HTML Body', helpText: 'The email body as HTML, e.g. `<p>Hi Rosa, your order shipped.</p>`. Give this or Plain Text Body (or both).' }),
    message: f.longText({ label: 'Plain Text Body', helpText: 'The email body as plain text (what mail programs show when they do not show HTML).' }),
    emailTo: f.email({ label: 'To Email', helpText: 'Send to this address instead of the contact\'s primary email; HighLevel expects an address of the contact.' }),
    emailFrom: f.text({ label: 'From Email', helpText: 'Sender address (e.g. `frontdesk@sunrisedental.com`, or `Sunrise Dental <frontdesk@sunrisedental.com>`). Leave blank for the location\'s default sender.' }),
    emailCc: f.list({ label: 'Cc', helpText: 'Email addresses to copy, one per item or comma-separated.' }),
    emailBcc: f.list({ label: 'Bcc', helpText: 'Email addresses to blind-copy, one per item or comma-separated.' }),
    attachments: attachmentsField(),
    conversationId: messageConversationField(),
    replyMessageId: f.id({
      label: 'Reply To Message',
      dynamic: 'messageDropdown.id.name',
      helpText: 'To reply within an email thread: the message being answered (pick it from the conversation above, or map a Message ID). Leave blank for a new email.',
    }),
    threadId: f.id({ label: 'Thread', dynamic: 'messageDropdown.id.name', helpText: 'The email thread to add this email to: the message holding the thread (pick it from the conversation above, or map its Message ID), as an alternative to Reply To Message.' }),
    emailReplyMode: f.choice({
      label: 'Reply Mode',
      choices: { reply: 'Reply (sender only)', reply_all: 'Reply All' },
      helpText: 'With Reply To Message: answer the sender only, or everyone on the original email. Defaults to HighLevel\'s choice (reply).',
    }),
    sendAt: sendAtField(),
  },
  request: (i) => {
    if (i.html === undefined && i.message === undefined) throw invalidInput({ key: 'html', label: 'HTML Body' }, 'or "Plain Text Body" (message) is required: the email needs a body');
    const replying = i.replyMessageId !== undefined || i.threadId !== undefined;
    if (!replying && i.subject === undefined) throw invalidInput({ key: 'subject', label: 'Subject' }, 'is required for a new email (only a reply can go without one)');
    if (i.emailReplyMode && !replying) throw invalidInput({ key: 'emailReplyMode', label: 'Reply Mode' }, 'needs "Reply To Message" or "Thread"');
    return {
      body: {
        type: 'Email',
        contactId: i.contactId,
        ...(i.subject !== undefined ? { subject: i.subject } : {}),
        ...(i.html !== undefined ? { html: i.html } : {}),
        ...(i.message !== undefined ? { message: i.message } : {}),
        ...(i.emailTo ? { emailTo: i.emailTo } : {}),
        ...(i.emailFrom ? { emailFrom: i.emailFrom } : {}),
        ...addresses('emailCc', 'Cc', i.emailCc),
        ...addresses('emailBcc', 'Bcc', i.emailBcc),
        ...attachmentUrls(i.attachments),
        ...(i.replyMessageId ? { replyMessageId: i.replyMessageId } : {}),
        ...(i.threadId ? { threadId: i.threadId } : {}),
        ...(i.emailReplyMode ? { emailReplyMode: i.emailReplyMode } : {}),
        ...scheduledTimestamp(i.sendAt, clock.now()),
      },
    };
  },
  output: (body, ctx) => sentMessageResult.output(body, ctx),
  sample: { ...sentMessageResult.sample, emailMessageId: 'rnGyqh2F6uBrIkfhFo9A' },
  outputFields: sentMessageResult.outputFields,
});
