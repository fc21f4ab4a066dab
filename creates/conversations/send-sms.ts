import { clock } from '../../src/clock';
import { contactField } from '../../src/common-fields';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import {
  attachmentsField, attachmentUrls, messageTextField, scheduledTimestamp, sendAtField, sendMessageEndpoint, sentMessageResult,
} from '../../src/records/sent-message';

/**
 * Send SMS: POST /conversations/messages with type SMS, to the contact's phone (or To Number),
 * from the location's default number (or From Number). Decisions: src/records/sent-message.ts.
 */
export default defineAction({
  key: 'sendSms',
  noun: 'SMS',
  label: 'Send SMS',
  description: 'Sends a text message (SMS, or MMS with attachments) to a contact, now or at a scheduled time, e.g. an appointment reminder or a follow-up after a form.',
  endpoint: sendMessageEndpoint,
  inputs: {
    contactId: contactField('The contact to text. Pick one, or map a Contact ID (e.g. from Find Contact or New Contact).'),
    message: messageTextField(true, 'The text to send. Long texts are split into several SMS segments by the carrier.'),
    attachments: attachmentsField(),
    toNumber: f.phone({ label: 'To Number', helpText: 'Send to this number instead of the contact\'s phone, with country code (e.g. +1 512 555 0143).' }),
    fromNumber: f.phone({ label: 'From Number', helpText: 'One of the location\'s phone numbers to send from (e.g. +1 512 555 0100). Leave blank for the location\'s default number.' }),
    sendAt: sendAtField(),
  },
  request: (i) => ({
    body: {
      type: 'SMS',
      contactId: i.contactId,
      message: i.message,
      ...attachmentUrls(i.attachments),
      ...(i.toNumber ? { toNumber: i.toNumber } : {}),
      ...(i.fromNumber ? { fromNumber: i.fromNumber } : {}),
      ...scheduledTimestamp(i.sendAt, clock.now()),
    },
  }),
  output: (body, ctx) => sentMessageResult.output(body, ctx),
  sample: sentMessageResult.sample,
  outputFields: sentMessageResult.outputFields,
});
