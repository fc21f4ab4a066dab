/**
 * New Inbound Message at volume (20,000 messages, mostly outbound): replies are found however many
 * outbound messages surround them; an idle poll is one request. Over real HTTP against the sandbox.
 */
import type { Sandbox } from '../../sandbox';
import { smsBlast } from '../../sandbox/volume';
import { connectToSandbox } from '../../scripts/start';
import type { Item, ZapRunner } from '../../scripts/zap';

jest.setTimeout(60_000);

let sandbox: Sandbox;
let zap: ZapRunner;
beforeAll(async () => {
  ({ sandbox, zap } = await connectToSandbox({ rateLimit: false, volume: true }));
  zap.authData = { ...sandbox.issueTokens() };
});
afterAll(() => sandbox.stop());

const exports = () => sandbox.stats().byRoute['GET /conversations/messages/export'] ?? 0;

test('the 5 replies inside an outbound blast of 1,500 SMS all fire, once; idle polls are one request', async () => {
  expect(sandbox.store.messages.size).toBeGreaterThanOrEqual(20_000);
  await zap.poll('inbox', 'newInboundMessage');
  sandbox.resetStats();
  expect(await zap.poll('inbox', 'newInboundMessage')).toEqual([]);
  expect(exports()).toBe(1);

  const replies = smsBlast(sandbox.store, sandbox.locationId, 1_500, 5);
  sandbox.resetStats();
  const fired = await zap.poll('inbox', 'newInboundMessage');
  expect(fired.map((m: Item) => m.id)).toEqual([...replies].reverse());
  expect(fired.every((m: Item) => m.direction === 'inbound')).toBe(true);
  expect(exports()).toBe(4); // 100, then 500 + 500 + 500 through nextCursor, the last reaching what was read before

  sandbox.resetStats();
  expect(await zap.poll('inbox', 'newInboundMessage')).toEqual([]);
  expect(exports()).toBe(1);
});
