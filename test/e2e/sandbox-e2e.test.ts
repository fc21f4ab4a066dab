/**
 * End-to-end over real HTTP against the local sandbox (127.0.0.1), not nock: the recipes,
 * token expiry and rotation, a burst across the rate limit, injected 5xx, and bad input.
 */
import fs from 'node:fs';
import os from 'node:os';
import { errors } from 'zapier-platform-core';
import type { Sandbox } from '../../sandbox';
import { connectToSandbox, runRecipes } from '../../scripts/start';
import app from '../../index';
import { ZapRunner, type Item } from '../../scripts/zap';
import { userMessage } from '../support/table';

jest.setTimeout(60_000);

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

const byStatus = (sb: Sandbox, pred: (code: number) => boolean) =>
  Object.entries(sb.stats().byStatus).filter(([c]) => pred(Number(c))).reduce((n, [, k]) => n + k, 0);

async function firstContactId(zap: ZapRunner): Promise<string> {
  return String(((await zap.run('triggers', 'contactDropdown')) as Item[])[0]!.id);
}

test('the Mailbox Power recipes run end to end (what npm start prints)', async () => {
  const lines: string[] = [];
  ({ sandbox } = await runRecipes((l) => lines.push(l)));
  const text = lines.join('\n');
  expect(text).toContain('ok: New Contact fires once, for Maya');
  expect(text).toContain('ok: her custom field arrives by name (custom_preferred_mail_day)');
  expect(text).toContain('ok: Updated Contact fires once for the change');
  expect(text).toContain('ok: no change, no second fire');
  // The third connection: a deletion in HighLevel, through the relay, to the clean-up step.
  expect(text).toContain('ok: the relay verified the signed ContactDelete, stored it and delivered it to the Zap\'s hook');
  expect(text).toContain('ok: Contact Deleted (Instant) fires once, with the contact as it was');
  expect(text).toMatch(/Mailbox Power clean-up \("Delete Contact"\) receives: \{"email":"[^"]+@example\.com","first_name":/);
  expect(text).toContain('Done: every recipe ran as expected.');
  expect(text).not.toContain('sandbox-client-secret');
  // It stops what it started: the relay's temp dir is gone, the sandbox sends no more events.
  expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('hl-start-relay-'))).toEqual([]);
  expect(sandbox!.webhooks.target).toBeUndefined();
  expect(process.env.RELAY_URL).toBeUndefined();
});

test('an expired token: RefreshAuthError, refresh with rotation, the step succeeds; the old refresh token is refused', async () => {
  let zap: ZapRunner;
  ({ sandbox, zap } = await connectToSandbox());
  await zap.connect('e2e-code');
  const before = { ...zap.authData };
  const contactId = await firstContactId(zap);
  sandbox.expireToken(before.access_token!);
  const out = (await zap.run('searches', 'getContact', { contactId })) as Item[];
  expect(out[0]!.id).toBe(contactId);
  expect(zap.authData.access_token).not.toBe(before.access_token);
  expect(zap.authData.refresh_token).not.toBe(before.refresh_token);
  expect(sandbox.stats().byStatus['401']).toBe(1);
  // A concurrent run still holding the used token gets the winner's pair from the connection's
  // cache (src/token-refresh.ts); without that hand-over the used token is refused.
  const handedOver = (await zap.refreshWith(before)) as Record<string, string>;
  expect(handedOver.access_token).toBe(zap.authData.access_token);
  const elsewhere = new ZapRunner(app as unknown as ConstructorParameters<typeof ZapRunner>[0]);
  const stale = await elsewhere.refreshWith(before).catch((e: unknown) => e);
  expect(stale).toBeInstanceOf(errors.ExpiredAuthError);
  expect((stale as Error).message).toMatch(/HighLevel no longer accepts this connection's refresh token/);
});

test('a burst across the rate limit completes with no failed call', async () => {
  let zap: ZapRunner;
  ({ sandbox, zap } = await connectToSandbox({ rateLimit: { max: 10, windowMs: 1000 } }));
  zap.authData = { ...sandbox.issueTokens() };
  const contactId = await firstContactId(zap);
  sandbox.resetStats();
  const results = await Promise.allSettled(Array.from({ length: 40 }, () => zap.run('searches', 'getContact', { contactId })));
  expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  expect(byStatus(sandbox, (c) => c === 429)).toBeGreaterThan(0);
  expect(byStatus(sandbox, (c) => c === 200)).toBe(40);
});

test('injected 5xx: GETs recover; a POST is never repeated, so nothing is created twice', async () => {
  let zap: ZapRunner;
  ({ sandbox, zap } = await connectToSandbox({ rateLimit: false }));
  zap.authData = { ...sandbox.issueTokens() };
  const contactId = await firstContactId(zap);
  sandbox.setFaults({ errorRate: 0.3, statuses: [502, 503], seed: 11 });
  sandbox.resetStats();
  const gets = await Promise.allSettled(Array.from({ length: 12 }, () => zap.run('searches', 'getContact', { contactId })));
  expect(gets.filter((r) => r.status === 'rejected')).toEqual([]);
  expect(byStatus(sandbox, (c) => c >= 500)).toBeGreaterThan(0);

  const notesBefore = sandbox.store.notesOf(contactId).length;
  sandbox.resetStats();
  const posts = await Promise.allSettled(Array.from({ length: 12 }, (_v, i) => zap.run('creates', 'createContactNote', { contactId, body: `e2e note ${i}` })));
  const ok = posts.filter((r) => r.status === 'fulfilled').length;
  const faulted = byStatus(sandbox, (c) => c >= 500);
  expect(faulted).toBeGreaterThan(0);
  expect(sandbox.stats().byRoute['POST /contacts/{contactId}/notes']).toBe(12); // one request per step: no repeats
  expect(sandbox.store.notesOf(contactId).length - notesBefore).toBe(ok);
  for (const r of posts) if (r.status === 'rejected') expect(userMessage(r.reason)).toMatch(/^HighLevel answered 50[23] /);
});

test('bad input sends nothing', async () => {
  let zap: ZapRunner;
  ({ sandbox, zap } = await connectToSandbox());
  zap.authData = { ...sandbox.issueTokens() };
  sandbox.resetStats();
  const err = await zap.run('creates', 'createContact', { email: 'not-an-email', firstName: 'X' }).catch((e: unknown) => e);
  expect(userMessage(err)).toMatch(/"Email" \(email\) must be a valid email address/);
  expect(sandbox.stats().requests).toBe(0);
});
