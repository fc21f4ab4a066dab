/**
 * API Request over real HTTP against the local sandbox (127.0.0.1), not nock: the raw answer,
 * the Version the sandbox checks, a JSON body, and HighLevel's error shape in plain words.
 */
import type { Sandbox } from '../../sandbox';
import { connectToSandbox } from '../../scripts/start';
import type { Item, ZapRunner } from '../../scripts/zap';
import { userMessage } from '../support/table';

jest.setTimeout(60_000);

let sandbox: Sandbox | undefined;
let zap: ZapRunner;
beforeAll(async () => {
  ({ sandbox, zap } = await connectToSandbox());
  zap.authData = { ...sandbox.issueTokens(), locationId: sandbox.locationId, userType: 'Location' };
});
afterAll(async () => {
  await sandbox?.stop();
});

test('create a contact, read it back and fail on a missing one, through API Request', async () => {
  const created = (await zap.run('creates', 'apiRequest', {
    method: 'POST',
    path: '/contacts/',
    body: JSON.stringify({ locationId: '{locationId}', firstName: 'Ana', lastName: 'Lima', email: 'ana.lima@example.com', tags: ['api'] }),
  })) as Item;
  expect(created).toMatchObject({ status: 201, contentType: expect.stringContaining('application/json'), body__contact__firstName: 'Ana', body__contact__tags: ['api'] });
  const id = String(created.body__contact__id);
  expect(JSON.parse(String(created.rawBody))).toMatchObject({ contact: { id } });

  const read = (await zap.run('creates', 'apiRequest', { method: 'GET', path: `/contacts/${id}` })) as Item;
  expect(read).toMatchObject({ status: 200, body__contact__id: id, body__contact__email: 'ana.lima@example.com' });

  const missing = await zap.run('creates', 'apiRequest', { method: 'GET', path: '/contacts/no-such-contact' }).catch((e: unknown) => e);
  expect(userMessage(missing)).toMatch(/^HighLevel answered 404 Not Found to GET \/contacts\/no-such-contact/);
});

test('a calendars path gets the Version the sandbox requires (2021-04-15)', async () => {
  const out = (await zap.run('creates', 'apiRequest', { method: 'GET', path: '/calendars/', query: { locationId: '{locationId}' } })) as Item;
  expect(out.status).toBe(200);
  expect(Array.isArray(out.body__calendars__id)).toBe(true);
});
