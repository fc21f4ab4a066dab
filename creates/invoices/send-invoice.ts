import { userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { invoiceEnvelopeAnswer, invoiceShape } from '../../src/records/invoice';
import { invoiceIdField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';

/**
 * Send Invoice: POST /invoices/{invoiceId}/send (invoices.json `SendInvoiceDto`: userId, action,
 * liveMode required). The answer is `{ invoice, smsData, emailData }`; the invoice is output.
 */
export default defineAction({
  key: 'sendInvoice',
  noun: 'Invoice',
  label: 'Send Invoice',
  description: 'Sends an existing invoice to its contact by email, text message or both (or marks it sent, if you deliver it yourself).',
  endpoint: endpoint('POST', '/invoices/{invoiceId}/send', '2021-07-28', ['invoices.write']),
  inputs: {
    invoiceId: invoiceIdField(),
    userId: userField('Sent By', 'The user the invoice is sent as (HighLevel requires an authorized user of the location).', true),
    action: f.choice({
      label: 'Send By',
      required: true,
      default: 'email',
      choices: { email: 'Email', sms: 'Text message (SMS)', sms_and_email: 'Email and text message', send_manually: 'Mark as sent (I deliver it myself)' },
      helpText: 'How the contact receives the invoice and its payment link.',
    }),
    liveMode: f.boolean({ label: 'Live Mode', default: 'true', helpText: 'Yes: the contact can pay for real. No: test mode (test payments only). Yes when blank.' }),
  },
  request: ({ userId, action, liveMode }, { bundle }) => ({ body: { ...altLocation(bundle), userId, action, liveMode: liveMode ?? true } }),
  output: invoiceEnvelopeAnswer,
  ...invoiceShape,
});
