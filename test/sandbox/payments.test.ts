import { call, withSandbox, type Json } from './support';

/** Invoices, and the payments lists: orders, transactions, subscriptions. */

const DAY = 24 * 3600 * 1000;
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The triggers' window: two days before today (UTC) .. tomorrow. */
const recent = () => ({ startAt: ymd(Date.now() - 2 * DAY), endAt: ymd(Date.now() + DAY) });

test('invoices: the location\'s list, newest first or by issue date, filtered by status, contact, search and dates, paged by limit/offset', async () => {
  await withSandbox({}, async (sb) => {
    type List = { invoices: Json[]; total: number };
    const list = (query: Record<string, string | number> = {}) =>
      call<List>(sb, 'GET', '/invoices/', { query: { altId: sb.locationId, altType: 'location', limit: 10, offset: 0, ...query } });

    const all = await list();
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    const created = all.body.invoices.map((i) => i.createdAt as string);
    expect([...created].sort().reverse()).toEqual(created);
    expect(all.body.invoices.map((i) => i.status).sort()).toEqual(['draft', 'paid', 'partially_paid', 'sent']);
    for (const i of all.body.invoices) {
      expect(i).toMatchObject({ altId: sb.locationId, altType: 'location', currency: 'USD', title: 'INVOICE' });
      expect(i.amountDue).toBe((i.total as number) - (i.amountPaid as number));
      expect(i.issueDate).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(typeof i._id).toBe('string');
    }

    const byIssue = await list({ sortField: 'issueDate', sortOrder: 'descend' });
    const issued = byIssue.body.invoices.map((i) => i.issueDate as string);
    expect([...issued].sort().reverse()).toEqual(issued);
    expect((await list({ sortField: 'issueDate', sortOrder: 'ascend' })).body.invoices.map((i) => i._id)).toEqual([...byIssue.body.invoices].reverse().map((i) => i._id));

    const paid = await list({ status: 'paid' });
    expect(paid.body.invoices).toHaveLength(1);
    expect(paid.body.invoices[0]).toMatchObject({ name: 'Porcelain Veneers - Deposit', amountPaid: 1000, amountDue: 0, contactDetails: { name: 'Grace Whitfield' } });
    const grace = (paid.body.invoices[0]!.contactDetails as Json).id as string;
    expect((await list({ contactId: grace })).body.total).toBe(1);
    expect((await list({ search: 'implant' })).body.invoices.map((i) => i.status)).toEqual(['draft']);
    expect((await list({ search: '1002' })).body.invoices.map((i) => i.name)).toEqual(['Cleaning & X-rays']);
    expect((await list(recent())).body.total).toBe(2);
    expect((await list({ paymentMode: 'test' })).body.total).toBe(0);
    const page = await list({ limit: 2, offset: 2 });
    expect(page.body.invoices.map((i) => i._id)).toEqual(all.body.invoices.slice(2).map((i) => i._id));
    expect(page.body.total).toBe(4);

    const missing = await call(sb, 'GET', '/invoices/', { query: { altId: sb.locationId, altType: 'location' } });
    expect(missing.body.message).toEqual(['limit should not be empty', 'offset should not be empty']);
    expect((await list({ altType: 'agency' })).status).toBe(422);
    expect((await list({ limit: -1 })).status).toBe(422);
    expect((await list({ altId: 'other_location' })).status).toBe(403);
  });
});

test('orders, transactions and the subscription: the window, newest first, offset paging, filters; each payment points at what it paid for', async () => {
  await withSandbox({}, async (sb) => {
    type List = { data: Json[]; totalCount: number };
    const list = (path: string, query: Record<string, string | number> = {}) =>
      call<List>(sb, 'GET', `/payments/${path}`, { query: { altId: sb.locationId, altType: 'location', ...query } });

    const orders = await list('orders', { ...recent(), limit: 100, offset: 0 });
    expect(orders.status).toBe(200);
    expect(orders.body.totalCount).toBe(2);
    expect(orders.body.data.map((o) => [o.sourceName, o.amount, o.paymentStatus])).toEqual([
      ['Smile Shop', 89.1, 'paid'],
      ['Smile Club', 29, 'paid'],
    ]);
    expect(orders.body.data[0]).toMatchObject({ subtotal: 99, discount: 9.9, couponCode: 'SMILE10', sourceType: 'funnel', altType: 'location' });
    expect((await list('orders')).body.totalCount).toBe(3);
    expect((await list('orders', { paymentStatus: 'unpaid' })).body.totalCount).toBe(0);
    expect((await list('orders', { paymentStatus: 'owed' })).status).toBe(422);
    expect((await list('orders', { search: 'olivia' })).body.data.map((o) => o.contactName)).toEqual(['Olivia Nguyen']);

    const txns = await list('transactions', { limit: 100 });
    expect(txns.body.totalCount).toBe(5);
    // HighLevel does not sort this list (sandbox/highlevel-quirks.ts): a stable order unrelated to time.
    const txnIds = txns.body.data.map((t) => t._id as string);
    expect([...txnIds].sort()).toEqual(txnIds);
    for (const t of txns.body.data) {
      expect(t).toMatchObject({ status: 'succeeded', paymentProviderType: 'stripe', fulfilledAt: t.createdAt, amountRefunded: 0 });
      const paidFor = t.entityType === 'order' ? sb.store.orders.get(t.entityId as string) : sb.store.invoices.get(t.entityId as string);
      expect(paidFor).toBeDefined();
    }
    expect((await list('transactions', recent())).body.totalCount).toBe(3);
    expect((await list('transactions', { entitySourceType: 'invoice' })).body.data.map((t) => t.amount)).toEqual([1000, 100]);
    const p2 = await list('transactions', { limit: 2, offset: 2 });
    expect(p2.body.data.map((t) => t._id)).toEqual(txns.body.data.slice(2, 4).map((t) => t._id));
    expect((await call(sb, 'GET', '/payments/transactions', { query: { altId: sb.locationId } })).body.message).toEqual(['altType should not be empty']);

    const subs = await list('subscriptions', recent());
    expect(subs.body.totalCount).toBe(1);
    const sub = subs.body.data[0]!;
    expect(sub).toMatchObject({ status: 'active', amount: 29, contactName: 'Olivia Nguyen', entityType: 'order', entitySourceName: 'Smile Club' });
    expect(sb.store.orders.get(sub.entityId as string)?.recurringProducts).toBe(1);
    const charges = await list('transactions', { subscriptionId: sub.subscriptionId as string });
    expect(charges.body.data.map((t) => t.entityId)).toEqual([sub.entityId]);
    expect((await list('subscriptions', { altType: 'agency' })).status).toBe(422);
    expect((await list('subscriptions', { startAt: '26/11/2025' })).status).toBe(422);
    expect((await list('orders', { altId: 'other_location' })).status).toBe(403);
  });
});
