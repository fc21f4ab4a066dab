import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { invoiceEnvelopeAnswer, invoiceShape } from '../../src/records/invoice';
import { invoiceIdField } from '../../src/records/invoice-inputs';
import { succeededOf } from '../../src/records/result';
import { altLocation } from '../../src/records/window';

/**
 * Record Invoice Payment: POST /invoices/{invoiceId}/record-payment (invoices.json
 * `RecordPaymentDto`). The spec requires `card`, `cheque` and `notes` whatever the mode, so they
 * are always sent (empty texts where not given). Amount blank: HighLevel records the amount due.
 * The answer is `{ success, invoice }`.
 */
export default defineAction({
  key: 'recordInvoicePayment',
  noun: 'Payment',
  label: 'Record Invoice Payment',
  description: 'Records a payment received offline (cash, check, bank transfer, card in person) against an invoice, in full or in part; the invoice becomes paid or partially paid.',
  endpoint: endpoint('POST', '/invoices/{invoiceId}/record-payment', '2021-07-28', ['invoices.write']),
  inputs: {
    invoiceId: invoiceIdField(),
    mode: f.choice({
      label: 'Payment Method',
      required: true,
      choices: { cash: 'Cash', card: 'Card', cheque: 'Check', bank_transfer: 'Bank transfer', other: 'Other' },
      helpText: 'How the contact paid.',
    }),
    amount: f.number({ label: 'Amount', helpText: 'The amount paid, e.g. 49.50, in the invoice currency. Blank: the full amount due.' }),
    notes: f.longText({ label: 'Notes', helpText: 'A note kept with the payment, e.g. "Paid at the front desk".' }),
    chequeNumber: f.text({ label: 'Check Number', helpText: 'The check number, for Payment Method Check.' }),
    cardBrand: f.text({ label: 'Card Brand', helpText: 'For Payment Method Card: the card brand, e.g. visa.' }),
    cardLast4: f.text({ label: 'Card Last 4 Digits', helpText: 'For Payment Method Card: the last four digits of the card, e.g. 4242.' }),
    fulfilledAt: f.datetime({ label: 'Paid At', helpText: 'When the payment was received, e.g. 2025-03-14T15:00:00-05:00. Now when blank.' }),
  },
  request: ({ mode, amount, notes, chequeNumber, cardBrand, cardLast4, fulfilledAt }, { bundle }) => {
    if (amount !== undefined && amount <= 0) throw invalidInput({ key: 'amount', label: 'Amount' }, `must be more than 0, got ${amount}`);
    if (cardLast4 !== undefined && !/^\d{4}$/.test(cardLast4)) throw invalidInput({ key: 'cardLast4', label: 'Card Last 4 Digits' }, `must be four digits, got "${cardLast4}"`);
    return {
      body: {
        ...altLocation(bundle),
        mode,
        card: { brand: cardBrand ?? '', last4: cardLast4 ?? '' },
        cheque: { number: chequeNumber ?? '' },
        notes: notes ?? '',
        ...(amount !== undefined ? { amount } : {}),
        ...(fulfilledAt ? { fulfilledAt } : {}),
      },
    };
  },
  output: async (body, ctx) => ({ ...(await invoiceEnvelopeAnswer(body, ctx)), succeeded: succeededOf(body) }),
  sample: { ...invoiceShape.sample, status: 'paid', amountPaid: 99, amountDue: 0, succeeded: true },
  outputFields: [...invoiceShape.outputFields, { key: 'succeeded', label: 'Succeeded', type: 'boolean' }],
});
