/**
 * Unsorted lists read as a whole window (New Order here, the shared window code for payments,
 * subscriptions and submissions): beyond 1,000 records in the window, every one is returned,
 * newest first, although the sandbox answers the list unsorted, as HighLevel documents no order.
 */
import type { OrderRecord } from '../../sandbox';
import type { Item } from '../../scripts/zap';
import { volumeSandbox } from './volume-sandbox';

jest.setTimeout(60_000);

const vol = volumeSandbox();

test('1,500 orders in the window (a flash sale): all are returned newest first, within the step', async () => {
  const base = [...vol.sandbox.store.orders.values()][0]!;
  const now = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < 1_500; i++) {
    const at = new Date(now - 12 * 3_600_000 + i * 1_000).toISOString();
    const o: OrderRecord = { ...base, _id: `flash${String(i).padStart(4, '0')}`, createdAt: at, updatedAt: at };
    vol.sandbox.store.orders.set(o._id, o);
    ids.push(o._id);
  }
  vol.sandbox.resetStats();
  const started = Date.now();
  const out = (await vol.zap.run('triggers', 'newOrder')) as Item[];
  const elapsed = Date.now() - started;
  expect(out.map((o) => String(o.id)).filter((id) => id.startsWith('flash'))).toEqual([...ids].reverse());
  const times = out.map((o) => String(o.createdAt));
  expect([...times].sort().reverse()).toEqual(times);
  const pages = vol.sandbox.stats().byRoute['GET /payments/orders'] ?? 0;
  expect(pages).toBeGreaterThanOrEqual(15);
  expect(elapsed).toBeLessThan(25_000); // the step's budget (not a timing test: a bound the poll must stay inside)
});
