import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { paymentIdField } from '../../src/records/payment-lookup';
import { succeededOf } from '../../src/records/result';
import { altLocation } from '../../src/records/window';

const MODES = { cash: 'Cash', card: 'Card', cheque: 'Cheque', bank_transfer: 'Bank transfer', other: 'Other' } as const;
const CARD_TYPES = { visa: 'Visa', mastercard: 'Mastercard', other: 'Other' } as const;

/**
 * Record Order Payment: POST /payments/orders/{orderId}/record-payment (PostRecordOrderPaymentBody:
 * altId, altType and mode required; card `{ type, last4 }` and cheque `{ number }` for those
 * modes). Its scope is payments/orders.collectPayment (the spec's own). Blank Amount: HighLevel
 * records the order's balance; a smaller amount needs Partial Payment (the spec's
 * isPartialPayment). The answer is `{ success }`.
 */
export default defineAction({
  key: 'recordOrderPayment',
  noun: 'Order',
  label: 'Record Order Payment',
  description: 'Records a payment received offline (cash, cheque, card terminal, bank transfer) against an unpaid order, so it shows as paid.',
  endpoint: endpoint('POST', '/payments/orders/{orderId}/record-payment', '2021-07-28', ['payments/orders.collectPayment']),
  inputs: {
    orderId: paymentIdField('Order', 'New Order'),
    mode: f.choice({ label: 'Payment Method', required: true, choices: MODES, helpText: 'How the buyer paid.' }),
    amount: f.number({ label: 'Amount', helpText: 'The amount received in the order\'s currency, e.g. 89.10. Blank: the order\'s open balance.' }),
    isPartialPayment: f.boolean({ label: 'Partial Payment', helpText: 'Yes when the amount covers only part of the order (the rest stays open). Default: No.' }),
    cardType: f.choice({ label: 'Card Type', choices: CARD_TYPES, helpText: 'For Card payments (required then): the card brand.' }),
    cardLast4: f.text({ label: 'Card Last 4 Digits', helpText: 'For Card payments (required then): the last four digits of the card, e.g. 4242.' }),
    chequeNumber: f.text({ label: 'Cheque Number', helpText: 'For Cheque payments (required then): the cheque\'s number.' }),
    notes: f.longText({ label: 'Notes', helpText: 'A note recorded with the payment, e.g. Paid at the front desk.' }),
  },
  request: ({ orderId: _o, cardType, cardLast4, chequeNumber, ...input }, { bundle }) => {
    if (input.amount !== undefined && !(input.amount > 0)) throw invalidInput({ key: 'amount', label: 'Amount' }, `must be more than 0, got ${input.amount}`);
    if (input.mode === 'card' && !cardType) throw invalidInput({ key: 'cardType', label: 'Card Type' }, 'is required for a Card payment');
    if (input.mode === 'card' && !/^\d{4}$/.test(cardLast4 ?? '')) throw invalidInput({ key: 'cardLast4', label: 'Card Last 4 Digits' }, `must be four digits for a Card payment, got "${cardLast4 ?? ''}"`);
    if (input.mode === 'cheque' && !chequeNumber) throw invalidInput({ key: 'chequeNumber', label: 'Cheque Number' }, 'is required for a Cheque payment');
    return {
      body: {
        ...altLocation(bundle),
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
        ...(input.mode === 'card' ? { card: { type: cardType, last4: cardLast4 } } : {}),
        ...(input.mode === 'cheque' ? { cheque: { number: chequeNumber } } : {}),
      },
    };
  },
  output: (body, { input }) => ({ orderId: input.orderId, mode: input.mode, amount: input.amount ?? null, succeeded: succeededOf(body) }),
  sample: { orderId: '653f5e0cde5a1314e62a837c', mode: 'cash', amount: 89.1, succeeded: true },
  outputFields: [
    { key: 'orderId', label: 'Order ID' },
    { key: 'mode', label: 'Payment Method' },
    { key: 'amount', label: 'Amount Recorded', type: 'number' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
