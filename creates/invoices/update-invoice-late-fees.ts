import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { invoiceAnswer, invoiceShape } from '../../src/records/invoice';
import { amountOf, invoiceIdField } from '../../src/records/invoice-inputs';
import { field, wholeNumber } from '../../src/records/step-input';
import { altLocation } from '../../src/records/window';

/** How often a late fee is added (`LateFeesFrequencyDto.interval`; HighLevel's minute and hour intervals are left out: no invoice is that urgent). */
const INTERVALS = { one_time: 'Once', day: 'Every day', week: 'Every week', month: 'Every month' } as const;

/**
 * Update Invoice Late Fees: PATCH /invoices/{invoiceId}/late-fees-configuration
 * (invoices.json `UpdateInvoiceLateFeesConfigurationDto`), answered with the invoice. The spec
 * requires `enable`, `value`, `type` and `frequency` even when switching late fees off, so
 * off sends the given (or default) fee with `enable: false`. Grace is in days (the only unit
 * the spec allows); the maximum is a fixed amount. The spec's security names no scope: the
 * invoice writes' `invoices.write` is declared.
 */
export default defineAction({
  key: 'updateInvoiceLateFees',
  noun: 'Invoice',
  label: 'Update Invoice Late Fees',
  description: 'Sets (or switches off) the late fee added to an unpaid invoice after its due date: a fixed amount or a percentage, once or repeating.',
  endpoint: endpoint('PATCH', '/invoices/{invoiceId}/late-fees-configuration', '2021-07-28', ['invoices.write']),
  inputs: {
    invoiceId: invoiceIdField('The invoice the late fee applies to. Pick one, or map an Invoice ID from an earlier step (e.g. New Invoice).'),
    enable: f.boolean({ label: 'Charge Late Fees', default: 'true', helpText: 'Yes: add the late fee below once the invoice is overdue. No: switch late fees off for this invoice. Yes when blank.' }),
    value: f.number({ label: 'Late Fee', helpText: 'The fee, e.g. 25 (an amount in the invoice currency, no currency sign) or 5 (percent, see Fee Type). Required when Charge Late Fees is Yes.' }),
    type: f.choice({ label: 'Fee Type', choices: { fixed: 'Fixed amount', percentage: 'Percentage of the amount due' }, helpText: 'How Late Fee is read. Fixed amount when blank.' }),
    interval: f.choice({ label: 'Fee Frequency', choices: INTERVALS, helpText: 'Whether the fee is added once or again every day, week or month while the invoice stays unpaid. Once when blank.' }),
    intervalCount: f.number({ label: 'Repeat Every', helpText: 'For a repeating fee: every how many days, weeks or months, e.g. 2 for every second week. 1 when blank.' }),
    graceDays: f.number({ label: 'Grace Days', helpText: 'Days after the due date before the first fee, e.g. 3. No grace period when blank.' }),
    maxLateFees: f.number({ label: 'Maximum Late Fees', helpText: 'The most late fees add up to on this invoice, in the invoice currency, e.g. 100. No limit when blank.' }),
  },
  request: ({ enable = true, value, type = 'fixed', interval = 'one_time', intervalCount, graceDays, maxLateFees }, { bundle }) => {
    if (enable && value === undefined) throw invalidInput(field('value', 'Late Fee'), 'is required when Charge Late Fees is Yes');
    const fee = value === undefined ? 0 : amountOf(value, field('value', 'Late Fee'), type === 'percentage' ? 100 : undefined);
    const count = wholeNumber(intervalCount, field('intervalCount', 'Repeat Every'), 1) ?? 1;
    const grace = wholeNumber(graceDays, field('graceDays', 'Grace Days'), 0);
    const max = maxLateFees === undefined ? undefined : amountOf(maxLateFees, field('maxLateFees', 'Maximum Late Fees'));
    return {
      body: {
        ...altLocation(bundle),
        lateFeesConfiguration: {
          enable,
          value: fee,
          type,
          frequency: { intervalCount: count, interval },
          ...(grace !== undefined ? { grace: { intervalCount: grace, interval: 'day' } } : {}),
          ...(max !== undefined ? { maxLateFees: { type: 'fixed', value: max } } : {}),
        },
      },
    };
  },
  output: invoiceAnswer,
  ...invoiceShape,
});
