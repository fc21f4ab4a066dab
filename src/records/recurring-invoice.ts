import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, isRecord, readAs, t } from '../record-table';
import { billedColumns, lineItems } from './invoice';

/**
 * Recurring invoices: HighLevel's invoice schedules (invoices.json `/invoices/schedule`,
 * `GetScheduleResponseDto`): an invoice template (contact, items, currency, discount) with a
 * repeat rule (`schedule.rrule`) from which HighLevel issues one invoice per period. The label
 * noun is "Recurring Invoice", HighLevel's name in its web app; the spec says "invoice schedule".
 * The spec types `status` as an object and its example shows text (e.g. `draft`): it is read as
 * text, an object kept as JSON text. The invoices issued so far come in `invoices`: their count
 * and the latest one's id are output.
 */
const V = '2021-07-28' as const;
export const listSchedulesEndpoint = endpoint('GET', '/invoices/schedule', V, ['invoices/schedule.readonly']);
export const getScheduleEndpoint = endpoint('GET', '/invoices/schedule/{scheduleId}', V, ['invoices/schedule.readonly']);

const issued = (raw: Readonly<Record<string, unknown>>): Record<string, unknown>[] => (Array.isArray(raw.invoices) ? raw.invoices.filter(isRecord) : []);

export const recurringInvoiceTable = defineRecord(
  {
    id: { label: 'Recurring Invoice ID', type: t.text, from: ['_id', 'id'], sample: '6578278e879ad2646715ba9c' },
    name: { label: 'Name', type: t.text, sample: 'Smile membership (monthly)' },
    title: { label: 'Title', type: t.text, sample: 'INVOICE' },
    status: { label: 'Status', type: t.looseText, sample: 'active' },
    currency: { label: 'Currency', type: t.text, sample: 'USD' },
    total: { label: 'Total per Invoice', type: t.number, sample: 29 },
    lineItems: { label: 'Line Items', type: lineItems, from: 'items', sample: '1 × Smile membership (29)' },
    intervalType: { label: 'Repeats', type: t.text, from: 'schedule.rrule.intervalType', sample: 'monthly' },
    interval: { label: 'Repeat Every', type: t.number, from: 'schedule.rrule.interval', sample: 1 },
    startDate: { label: 'Start Date', type: t.text, from: 'schedule.rrule.startDate', sample: '2025-04-01' },
    dayOfMonth: { label: 'Day of Month', type: t.number, from: 'schedule.rrule.dayOfMonth', sample: 1 },
    dayOfWeek: { label: 'Day of Week', type: t.text, from: 'schedule.rrule.dayOfWeek', sample: 'mo' },
    endType: { label: 'Ends', type: t.text, from: 'schedule.rrule.endType', sample: 'after' },
    endDate: { label: 'End Date', type: t.text, from: 'schedule.rrule.endDate', sample: '2026-03-01' },
    count: { label: 'Number of Invoices', type: t.number, from: 'schedule.rrule.count', sample: 12 },
    invoicesIssued: { label: 'Invoices Issued So Far', type: t.integer, from: [], derive: (_o, raw) => issued(raw).length, sample: 1 },
    latestInvoiceId: {
      label: 'Latest Invoice ID', type: t.text, from: [], sample: '6578278e879ad2646715ba9d',
      derive: (_o, raw) => readAs(t.text, issued(raw).at(-1)?._id ?? issued(raw).at(-1)?.id),
    },
    liveMode: { label: 'Live Mode (not test)', type: t.boolean, sample: true },
    ...billedColumns,
    termsNotes: { label: 'Terms & Notes', type: t.text, sample: 'Billed on the 1st of each month.' },
    locationId: { label: 'Location ID', type: t.text, from: 'altId', sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  },
  { name: 'recurring invoice' },
);

export const recurringInvoiceList = recurringInvoiceTable.list('schedules');
export const recurringInvoiceOutputs = { records: recurringInvoiceList, ...recurringInvoiceTable.outputs };
/** A bare schedule (GET by id and every write's answer). */
export const recurringInvoiceRecord = recurringInvoiceTable.one('', 'the recurring invoice');
export const recurringInvoiceAnswer = recurringInvoiceTable.answer('', 'the recurring invoice');
export const recurringInvoiceShape = recurringInvoiceTable.shape;

export const scheduleIdField = (helpText = 'The recurring invoice. Pick one, or map a Recurring Invoice ID from an earlier step (e.g. New Recurring Invoice).') =>
  f.id({ label: 'Recurring Invoice', required: true, dynamic: 'recurringInvoiceDropdown.id.name', search: 'findRecurringInvoice.id', helpText });
