import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../../sandbox';
import { call, withSandbox, type ContactShape } from './support';

/** persistFile: state (records and tokens) kept in a JSON file across restarts. */

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-sandbox-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const client = { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' };

test('writes are saved to the file soon after they happen, and a restart picks up records and tokens', async () => {
  const file = path.join(dir, 'state', 'sandbox-data.json');
  const first = await startSandbox({ persistFile: file });
  let contactId = '';
  let accessToken = '';
  let usedRefresh = '';
  let liveRefresh = '';
  try {
    expect(fs.existsSync(file)).toBe(true);
    const tokens = first.issueTokens();
    accessToken = tokens.access_token;
    const created = await call<{ contact: ContactShape }>(first, 'POST', '/contacts/', {
      token: accessToken,
      body: { locationId: first.locationId, firstName: 'Persisted', email: 'persisted@example.com' },
    });
    contactId = created.body.contact.id;
    await call(first, 'POST', `/contacts/${contactId}/notes`, { token: accessToken, body: { body: 'Kept across restarts.' } });
    const refreshed = await call(first, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'refresh_token', refresh_token: tokens.refresh_token } });
    usedRefresh = tokens.refresh_token;
    liveRefresh = refreshed.body.refresh_token as string;

    // Saved without waiting for stop (writes are coalesced for a few ms).
    await new Promise((r) => setTimeout(r, 100));
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; store: { contacts: { id: string }[] } };
    expect(onDisk.format).toBe('highlevel-sandbox');
    expect(onDisk.store.contacts.map((c) => c.id)).toContain(contactId);
  } finally {
    await first.stop();
  }

  await withSandbox({ persistFile: file }, async (second) => {
    expect(second.store.contacts.get(contactId)?.email).toBe('persisted@example.com');
    expect(second.store.notesOf(contactId).map((n) => n.body)).toEqual(['Kept across restarts.']);
    expect((await call(second, 'GET', `/contacts/${contactId}`, { token: accessToken })).status).toBe(200);
    const reused = await call(second, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'refresh_token', refresh_token: usedRefresh } });
    expect(reused.body.error).toBe('invalid_grant');
    const live = await call(second, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'refresh_token', refresh_token: liveRefresh } });
    expect(live.status).toBe(200);

    // Changes made straight to the store are saved on stop.
    second.store.contacts.delete(contactId);
  });
  const after = JSON.parse(fs.readFileSync(file, 'utf8')) as { store: { contacts: { id: string }[] } };
  expect(after.store.contacts.map((c) => c.id)).not.toContain(contactId);
});

test('a file that is not a sandbox state file is refused at start', async () => {
  const file = path.join(dir, 'other.json');
  fs.writeFileSync(file, JSON.stringify({ hello: 'world' }));
  await expect(startSandbox({ persistFile: file })).rejects.toThrow(/not a HighLevel sandbox state file/);
});
