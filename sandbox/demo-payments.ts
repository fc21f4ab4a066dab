import type { DemoCast } from './demo-data';
import { seededIds } from './ids';
import type { ContactRecord, InvoiceItem, InvoiceRecord, InvoiceStatus, OrderRecord, SandboxStore, SubscriptionRecord, TransactionRecord } from './store';
import { dateInZone } from './time';

/**
 * The demo location's invoices and payments (USD, live mode): four invoices (a paid veneers
 * deposit, a partly paid cleaning, a sent Invisalign installment, a draft implant consult), three
 * orders from the practice's funnels, their card transactions and the Smile Club subscription.
 * Everything new is in the last two days; one order and one payment are older (outside the
 * triggers' window). Ids are seeded, times relative to the start.
 */

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const CURRENCY = 'USD';

type Card = TransactionRecord['paymentMethod']['card'];

export function seedDemoPayments(store: SandboxStore, cast: DemoCast): void {
  const ids = seededIds('sunrise-dental-austin/payments');
  const { nowMs, locationId, rosa, marcus, diego, olivia, samuel, grace, ethan } = cast;
  const location = store.locations.get(locationId)!;
  const iso = (ms: number) => new Date(ms).toISOString();
  const day = (ms: number) => dateInZone(ms, location.timezone);
  const party = (c: ContactRecord) => ({ contactId: c.id, contactName: c.name, contactEmail: c.email });
  const base = { altId: locationId, altType: 'location' as const, currency: CURRENCY, liveMode: true };

  // ---- invoices
  let invoiceNumber = 1000;
  const invoice = (c: ContactRecord, name: string, items: [name: string, amount: number][], status: InvoiceStatus, issuedDaysAgo: number, amountPaid: number, updatedHoursAgo: number): InvoiceRecord => {
    const issued = nowMs - issuedDaysAgo * DAY;
    const invoiceItems: InvoiceItem[] = items.map(([itemName, amount]) => ({ _id: ids.objectId(), currency: CURRENCY, name: itemName, qty: 1, amount, taxes: [] }));
    const total = invoiceItems.reduce((sum, i) => sum + i.qty * i.amount, 0);
    const inv: InvoiceRecord = {
      _id: ids.objectId(),
      status,
      liveMode: true,
      amountPaid,
      altId: locationId,
      altType: 'location',
      name,
      businessDetails: {
        name: location.business.name,
        address: { addressLine1: location.address, city: location.city, state: location.state, countryCode: location.country, postalCode: location.postalCode },
        phoneNo: location.phone,
        website: location.website,
      },
      invoiceNumber: ++invoiceNumber,
      currency: CURRENCY,
      contactDetails: {
        id: c.id,
        name: c.name ?? '',
        email: c.email,
        phoneNo: c.phone,
        companyName: c.companyName,
        address: { addressLine1: c.address1, city: c.city, state: c.state, countryCode: c.country, postalCode: c.postalCode },
        customFields: [],
      },
      issueDate: day(issued),
      dueDate: day(issued + 14 * DAY),
      discount: { type: 'percentage', value: 0 },
      invoiceItems,
      total,
      title: 'INVOICE',
      amountDue: total - amountPaid,
      totalSummary: { subTotal: total, discount: 0, tax: 0 },
      createdAt: iso(issued),
      updatedAt: iso(nowMs - updatedHoursAgo * HOUR),
    };
    store.invoices.set(inv._id, inv);
    return inv;
  };
  const veneers = invoice(grace, 'Porcelain Veneers - Deposit', [['Porcelain veneers (upper front, 4 teeth) - deposit', 1000]], 'paid', 6, 1000, 26);
  const cleaning = invoice(marcus, 'Cleaning & X-rays', [['Adult cleaning (prophylaxis)', 145], ['Bitewing X-rays (4 films)', 95]], 'partially_paid', 12, 100, 11 * 24);
  invoice(rosa, 'Invisalign - First Installment', [['Invisalign Comprehensive - installment 1 of 4', 1300]], 'sent', 1, 0, 20);
  invoice(diego, 'Implant Consult & CBCT Scan', [['Implant consultation', 150], ['CBCT 3D scan', 200]], 'draft', 0, 0, 2);

  // ---- orders (from the practice's funnels) and their payments
  const shop = { id: ids.id(), name: 'Smile Shop', subType: 'one_step_order_form', path: '/smile-shop' };
  const club = { id: ids.id(), name: 'Smile Club', subType: 'two_step_order_form', path: '/smile-club' };
  const order = (c: ContactRecord, funnel: typeof shop, hoursAgo: number, subtotal: number, discount: number, recurring: boolean, fulfilled: boolean, couponCode?: string): OrderRecord => {
    const at = iso(nowMs - hoursAgo * HOUR);
    const o: OrderRecord = {
      _id: ids.objectId(),
      ...base,
      ...party(c),
      amount: Math.round((subtotal - discount) * 100) / 100,
      subtotal,
      discount,
      status: 'completed',
      paymentStatus: 'paid',
      fulfillmentStatus: fulfilled ? 'fulfilled' : 'unfulfilled',
      totalProducts: 1,
      onetimeProducts: recurring ? 0 : 1,
      recurringProducts: recurring ? 1 : 0,
      sourceType: 'funnel',
      sourceSubType: funnel.subType,
      sourceName: funnel.name,
      sourceId: funnel.id,
      sourceMeta: { domain: location.domain ?? '', pageUrl: funnel.path },
      ...(couponCode ? { couponCode } : {}),
      createdAt: at,
      updatedAt: at,
    };
    store.orders.set(o._id, o);
    return o;
  };
  const payment = (c: ContactRecord, amount: number, hoursAgo: number, card: Card, entity: Pick<TransactionRecord, 'entityType' | 'entityId' | 'entitySourceType' | 'entitySourceSubType' | 'entitySourceName' | 'entitySourceId' | 'subscriptionId'>) => {
    const at = iso(nowMs - hoursAgo * HOUR);
    const t: TransactionRecord = {
      _id: ids.objectId(),
      ...base,
      ...party(c),
      amount,
      amountRefunded: 0,
      status: 'succeeded',
      ...entity,
      chargeId: `ch_${ids.id()}`,
      paymentProviderType: 'stripe',
      paymentMethod: { card },
      fulfilledAt: at,
      createdAt: at,
      updatedAt: at,
    };
    store.transactions.set(t._id, t);
  };
  const paidOrder = (o: OrderRecord, c: ContactRecord, hoursAgo: number, card: Card, funnel: typeof shop, subscriptionId?: string) =>
    payment(c, o.amount, hoursAgo, card, { entityType: 'order', entityId: o._id, entitySourceType: 'funnel', entitySourceSubType: funnel.subType, entitySourceName: funnel.name, entitySourceId: funnel.id, ...(subscriptionId ? { subscriptionId } : {}) });
  const paidInvoice = (inv: InvoiceRecord, c: ContactRecord, amount: number, hoursAgo: number, card: Card) =>
    payment(c, amount, hoursAgo, card, { entityType: 'invoice', entityId: inv._id, entitySourceType: 'invoice', entitySourceName: inv.name, entitySourceId: inv._id });

  const touchUp = order(samuel, shop, 10 * 24, 35, 0, false, true);
  paidOrder(touchUp, samuel, 10 * 24, { brand: 'visa', last4: '1881' }, shop);
  paidInvoice(cleaning, marcus, 100, 11 * 24, { brand: 'mastercard', last4: '5100' });

  const membership = order(olivia, club, 40, 29, 0, true, false);
  const stripeSubscription = `sub_${ids.id()}`;
  paidOrder(membership, olivia, 40, { brand: 'mastercard', last4: '4444' }, club, stripeSubscription);
  paidInvoice(veneers, grace, 1000, 26, { brand: 'amex', last4: '1005' });
  const kit = order(ethan, shop, 18, 99, 9.9, false, false, 'SMILE10');
  paidOrder(kit, ethan, 18, { brand: 'visa', last4: '4242' }, shop);

  // ---- the membership's subscription
  const started = nowMs - 40 * HOUR;
  const sub: SubscriptionRecord = {
    _id: ids.objectId(),
    ...base,
    ...party(olivia),
    amount: 29,
    status: 'active',
    entityType: 'order',
    entityId: membership._id,
    entitySourceType: 'funnel',
    entitySourceName: club.name,
    entitySourceId: club.id,
    subscriptionId: stripeSubscription,
    subscriptionSnapshot: { id: stripeSubscription, status: 'active', interval: 'month', start_date: Math.floor(started / 1000), current_period_end: Math.floor((started + 30 * DAY) / 1000) },
    paymentProviderType: 'stripe',
    createdAt: iso(started),
    updatedAt: iso(started),
  };
  store.subscriptions.set(sub._id, sub);
}
