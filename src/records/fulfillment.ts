import { z } from 'zod';
import { endpoint } from '../endpoint';
import { spec, REQUIRED, type FieldSpec } from '../fields';
import { defineRecord, isRecord, readAs, t } from '../record-table';

/**
 * Order fulfillments (payments.json `FulfillmentSchema`): a shipment of some of an order's items
 * with its tracking. The list answers `{ status, data: [...] }`, create `{ status, data }`. The
 * first tracking is output (HighLevel's screen records one per fulfillment).
 */
export const listFulfillmentsEndpoint = endpoint('GET', '/payments/orders/{orderId}/fulfillments', '2021-07-28', ['payments/orders.readonly']);

/** A field of the first tracking (the table's dotted paths do not index lists). */
const firstTracking = (key: string) => (_out: unknown, raw: Readonly<Record<string, unknown>>): string | null => {
  const first = Array.isArray(raw.trackings) ? raw.trackings[0] : undefined;
  return isRecord(first) ? readAs(t.text, first[key]) : null;
};

export const fulfillmentTable = defineRecord(
  {
    id: { label: 'Fulfillment ID', type: t.text, from: ['_id', 'id'], sample: '6578278e879ad2646715ba9c', important: true },
    trackingNumber: { label: 'Tracking Number', type: t.text, from: [], derive: firstTracking('trackingNumber'), sample: '1Z999AA10123456784', important: true },
    shippingCarrier: { label: 'Shipping Carrier', type: t.text, from: [], derive: firstTracking('shippingCarrier'), sample: 'UPS' },
    trackingUrl: { label: 'Tracking URL', type: t.text, from: [], derive: firstTracking('trackingUrl'), sample: 'https://www.ups.com/track?tracknum=1Z999AA10123456784' },
    itemNames: { label: 'Item Names', type: t.pluck('name'), from: ['items'], sample: ['Teeth Whitening Kit'] },
    priceIds: { label: 'Price IDs', type: t.pluck('_id'), from: ['items'], sample: ['655b33aa2209e60b6adb87a7'] },
    locationId: { label: 'Location ID', type: t.text, from: ['altId'], sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-15T10:12:00.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-15T10:12:00.000Z' },
  },
  { name: 'fulfillment' },
);
export const fulfillmentList = fulfillmentTable.list('data', 'the fulfillment list');
export const fulfillmentAnswer = fulfillmentTable.answer('data', 'the fulfillment');

export interface FulfilledItem {
  priceId: string;
  qty: number;
}

const Row = z.looseObject({ priceId: z.unknown(), qty: z.unknown() });
const blank = (x: unknown) => x === undefined || x === null || x === '';
/** An empty row of the group (Zapier sends one when nothing is mapped). */
const blankRow = (r: unknown): boolean => {
  const row = Row.safeParse(r);
  return row.success && blank(row.data.priceId) && blank(row.data.qty);
};

/**
 * The fulfilled items as a Zapier line-item group (Price ID, Quantity per row): the spec's
 * `items: [{ priceId, qty }]`. A row needs a price ID and a whole quantity of 1 or more.
 */
export function fulfilledItemsField(helpText: string): FieldSpec<FulfilledItem[]> {
  const schema = () =>
    z.unknown().transform((v, c): FulfilledItem[] => {
      const rows = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((r) => !blankRow(r));
      if (!rows.length) {
        c.addIssue({ code: 'custom', message: v === undefined ? REQUIRED : 'needs at least one item with a Price ID' });
        return z.NEVER;
      }
      const items: FulfilledItem[] = [];
      for (const [i, raw] of rows.entries()) {
        const row = Row.safeParse(raw);
        const priceId = row.success && typeof row.data.priceId === 'string' ? row.data.priceId.trim() : '';
        const qtyRaw = row.success ? row.data.qty : undefined;
        const qty = blank(qtyRaw) ? 1 : Number(qtyRaw);
        if (!priceId) {
          c.addIssue({ code: 'custom', message: `row ${i + 1} needs a Price ID` });
          return z.NEVER;
        }
        if (!(Number.isInteger(qty) && qty >= 1)) {
          c.addIssue({ code: 'custom', message: `row ${i + 1}: the Quantity must be a whole number of 1 or more, got "${String(qtyRaw)}"` });
          return z.NEVER;
        }
        items.push({ priceId, qty });
      }
      return items;
    });
  const children = [
    { key: 'priceId', label: 'Price ID', required: true, helpText: `${helpText} The price (of a product) of the order's item shipped, e.g. from Find Order by ID or Find Product Price By ID.` },
    { key: 'qty', label: 'Quantity', type: 'integer' as const, helpText: 'How many of that item are shipped. Blank: 1.' },
  ];
  // Zapier allows no help text on a line-item group itself: it goes on the first column.
  const built = spec({ label: 'Items', helpText, required: true }, { children }, schema);
  const { helpText: _none, ...field } = built.field;
  return { field, get schema() { return built.schema; } };
}
