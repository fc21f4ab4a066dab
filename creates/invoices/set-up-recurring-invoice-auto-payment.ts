import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { recurringInvoiceAnswer, recurringInvoiceShape, scheduleIdField } from '../../src/records/recurring-invoice';
import { field } from '../../src/records/step-input';
import { altLocation } from '../../src/records/window';

/** The kinds of saved payment method (Stripe's names, which `AutoPaymentDetailsDto`'s card and debit objects follow). */
const METHOD_TYPES = { card: 'Card', us_bank_account: 'US bank account', sepa_debit: 'SEPA Direct Debit', bacs_debit: 'Bacs Direct Debit', au_becs_debit: 'BECS Direct Debit' } as const;

/**
 * Set Up Recurring Invoice Auto-Payment: POST /invoices/schedule/{scheduleId}/auto-payment
 * (invoices.json `AutoPaymentScheduleDto`: `id` is the schedule again, `autoPayment.enable` is
 * required). Switching it on charges the contact's saved payment method (its id and the
 * customer id at the payment provider, e.g. Stripe's `pm_...` and `cus_...`) for every invoice
 * issued; switching it off sends only `enable: false`. The card / bank details objects of the
 * spec describe a method HighLevel already holds and are not sent.
 */
export default defineAction({
  key: 'setUpRecurringInvoiceAutoPayment',
  noun: 'Recurring Invoice',
  label: 'Set Up Recurring Invoice Auto-Payment',
  description: 'Switches automatic payment of a recurring invoice on (charging the contact\'s saved card or bank account for each invoice) or off.',
  endpoint: endpoint('POST', '/invoices/schedule/{scheduleId}/auto-payment', '2021-07-28', ['invoices/schedule.write']),
  inputs: {
    scheduleId: scheduleIdField('The recurring invoice. Pick one, or map a Recurring Invoice ID from an earlier step.'),
    enable: f.boolean({ label: 'Pay Automatically', default: 'true', helpText: 'Yes: charge the payment method below for every invoice issued. No: the contact pays each invoice themselves. Yes when blank.' }),
    paymentMethodId: f.text({ label: 'Payment Method ID', helpText: 'The contact\'s saved card or bank account at your payment provider, e.g. `pm_1P7x...` (Stripe). Required when Pay Automatically is Yes.' }),
    customerId: f.text({ label: 'Customer ID', helpText: 'The contact\'s customer ID at your payment provider, e.g. `cus_Q2x...` (Stripe). Required when Pay Automatically is Yes.' }),
    type: f.choice({ label: 'Payment Method Type', choices: METHOD_TYPES, helpText: 'What kind of payment method Payment Method ID is. Card when blank.' }),
  },
  request: ({ scheduleId, enable = true, paymentMethodId, customerId, type }, { bundle }) => {
    if (enable && !paymentMethodId) throw invalidInput(field('paymentMethodId', 'Payment Method ID'), 'is required when Pay Automatically is Yes');
    if (enable && !customerId) throw invalidInput(field('customerId', 'Customer ID'), 'is required when Pay Automatically is Yes');
    return {
      body: {
        ...altLocation(bundle),
        id: scheduleId,
        autoPayment: enable ? { enable, type: type ?? 'card', paymentMethodId, customerId } : { enable },
      },
    };
  },
  output: recurringInvoiceAnswer,
  ...recurringInvoiceShape,
});
