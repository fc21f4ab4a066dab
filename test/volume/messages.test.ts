/**
 * New Inbound Message at volume (20,000 messages, mostly outbound): replies are found however many
 * outbound messages surround them; an idle poll is one request. Over real HTTP against the sandbox.
 */
import { smsBlast } from '../../sandbox/volume';
import type { Item } from '../../scripts/zap';
import { volumeSandbox } from './volume-sandbox';

jest.setTimeout(60_000);

const vol = volumeSandbox();

const exports = () => vol.sandbox.stats().byRoute['GET /conversations/messages/export'] ?? 0;

test('the 5 replies inside an outbound blast of 1,500 SMS all fire, once; idle polls are one request', async () => {
  expect(vol.sandbox.store.messages.size).toBeGreaterThanOrEqual(20_000);
  await vol.zap.poll('inbox', 'newInboundMessage');
  vol.sandbox.resetStats();
  expect(await vol.zap.poll('inbox', 'newInboundMessage')).toEqual([]);
  expect(exports()).toBe(1);

  const replies = smsBlast(vol.sandbox.store, vol.sandbox.locationId, 1_500, 5);
  vol.sandbox.resetStats();
  const fired = await vol.zap.poll('inbox', 'newInboundMessage');
  expect(fired.map((m: Item) => m.id)).toEqual([...replies].reverse());
  expect(fired.every((m: Item) => m.direction === 'inbound')).toBe(true);
  expect(exports()).toBe(4); // 100, then 500 + 500 + 500 through nextCursor, the last reaching what was read before

  vol.sandbox.resetStats();
  expect(await vol.zap.poll('inbox', 'newInboundMessage')).toEqual([]);
  expect(exports()).toBe(1);
});
