import { clock } from '../../src/clock';
import { contactField } from '../../src/common-fields';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import {
  attachmentsField, attachmentUrls, messageTextField, scheduledTimestamp, sendAtField, sendMessageEndpoint, sentMessageResult,
} from '../../src/records/sent-message';

/**
 * Send Message: POST /conversations/messages on the channels other than SMS and email
 * (WhatsApp, Facebook Messenger, Instagram, website live chat, RCS, TikTok, or a custom
 * conversation provider). HighLevel sends on the channel the contact is connected on; a
 * contact never reached on Facebook, say, gets an error from HighLevel, shown as it is.
 * Custom providers need the provider's ID (the marketplace app's conversation provider).
 * Google Business is not a channel here: see src/records/sent-message.ts.
 */
const CHANNELS = {
  WhatsApp: 'WhatsApp',
  FB: 'Facebook Messenger',
  IG: 'Instagram Direct',
  Live_Chat: 'Website Live Chat',
  RCS: 'RCS',
  TIKTOK: 'TikTok',
  Custom: 'Custom Conversation Provider',
} as const;

export default defineAction({
  key: 'sendMessage',
  noun: 'Message',
  label: 'Send Message',
  description: 'Sends a message to a contact on WhatsApp, Facebook Messenger, Instagram, website live chat, RCS, TikTok or a custom conversation provider (for SMS and email use Send SMS / Send Email).',
  endpoint: sendMessageEndpoint,
  inputs: {
    channel: f.choice({ label: 'Channel', required: true, choices: CHANNELS, helpText: 'Where to send. The contact must already have a conversation on that channel (e.g. has messaged your Facebook page); WhatsApp outside the 24-hour window needs an approved template (Template ID).' }),
    contactId: contactField(),
    message: messageTextField(false, 'The text to send. Required unless Attachment URLs or a Template ID is given.'),
    attachments: attachmentsField(),
    templateId: f.id({ label: 'Template ID', helpText: 'A message template to send instead of the text (e.g. an approved WhatsApp template), as HighLevel shows it in Settings > Templates.' }),
    conversationProviderId: f.id({ label: 'Conversation Provider ID', helpText: 'For Custom Conversation Provider: the provider\'s ID (from the marketplace app that delivers the messages). Not used on the other channels.' }),
    sendAt: sendAtField(),
  },
  request: (i) => {
    if (i.message === undefined && i.attachments === undefined && i.templateId === undefined) {
      throw invalidInput({ key: 'message', label: 'Message' }, 'is required (or "Attachment URLs" or "Template ID")');
    }
    if (i.channel === 'Custom' && i.conversationProviderId === undefined) {
      throw invalidInput({ key: 'conversationProviderId', label: 'Conversation Provider ID' }, 'is required for a custom conversation provider');
    }
    if (i.channel !== 'Custom' && i.conversationProviderId !== undefined) {
      throw invalidInput({ key: 'conversationProviderId', label: 'Conversation Provider ID' }, 'is only used with Channel "Custom Conversation Provider"');
    }
    return {
      body: {
        type: i.channel,
        contactId: i.contactId,
        ...(i.message !== undefined ? { message: i.message } : {}),
        ...attachmentUrls(i.attachments),
        ...(i.templateId ? { templateId: i.templateId } : {}),
        ...(i.conversationProviderId ? { conversationProviderId: i.conversationProviderId } : {}),
        ...scheduledTimestamp(i.sendAt, clock.now()),
      },
    };
  },
  output: (body, ctx) => sentMessageResult.output(body, ctx),
  sample: sentMessageResult.sample,
  outputFields: sentMessageResult.outputFields,
});
