/**
 * The relay's logs are JSON lines with ids, types, statuses and hosts: never the user's token,
 * a signature, a hook URL (a credential) or the events' personal data.
 */
import { Writable } from 'node:stream';
import { createRelay } from '../app';
import { loadConfig } from '../config';
import { INGRESS_PATH } from '../routes/ingress';
import { freshBacking, testEnv } from './support/relay';
import { startHighLevelStub, startHookServer, waitFor } from './support/servers';
import { createSigner, makeEvent } from './support/sign';

test('logs carry ids and outcomes, never tokens, signatures, hook URLs or personal data', async () => {
  const signer = createSigner();
  const hl = await startHighLevelStub();
  const hooks = await startHookServer();
  const backing = await freshBacking('sqlite');
  const lines: string[] = [];
  let signature = '';
  const stream = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(...chunk.toString().split('\n').filter(Boolean)); done(); } });
  const relay = createRelay(loadConfig(testEnv(signer, hl.url, backing)), { logger: { level: 'debug', stream }, defaultMetrics: false });
  try {
    const url = `http://127.0.0.1:${await relay.start()}`;
    const token = 'secret-token-7f3a9c';
    hl.tokens.set(token, { kind: 'location', id: 'loc-log' });
    const targetUrl = `${hooks.url}/hooks/catch/123/secret-hook-path/`;
    hooks.script.set('/hooks/catch/123/secret-hook-path/', [{ status: 503 }]);
    const sub = await fetch(`${url}/v1/locations/loc-log/subscriptions`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targetUrl, eventType: 'ContactDelete' }),
    });
    expect(sub.status).toBe(201);
    const event = makeEvent('ContactDelete', { locationId: 'loc-log', id: 'c1', email: 'ada.lovelace@example.com', phone: '+15550100', firstName: 'Ada' });
    const { body, headers } = signer.signed(event);
    signature = headers['x-ghl-signature'];
    expect((await fetch(`${url}${INGRESS_PATH}`, { method: 'POST', body, headers })).status).toBe(200);
    expect((await fetch(`${url}${INGRESS_PATH}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    await waitFor('retried, then delivered', () => hooks.hits.length === 2);
    await waitFor('delivery logged', () => lines.some((l) => l.includes('"msg":"delivered"')));
  } finally {
    await relay.stop();
    await hooks.close();
    await hl.close();
    await backing.dispose();
  }
  const text = lines.join('\n');
  for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  for (const secret of ['secret-token-7f3a9c', 'secret-hook-path', 'ada.lovelace@example.com', '+15550100', '"Ada"', signature]) {
    expect(text).not.toContain(secret);
  }
  const delivered = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'delivered');
  expect(delivered).toEqual(expect.objectContaining({ type: 'ContactDelete', status: 200, attempt: 2, host: expect.stringMatching(/^127\.0\.0\.1:\d+$/) }));
  expect(text).toContain('"msg":"delivery will be retried"');
  expect(text).toContain('"reason":"unsigned"');
});
