/**
 * npm start: the main job on a local default, no HighLevel account needed. Starts the local
 * HighLevel sandbox (sandbox/), connects the app to it with the real OAuth flow over HTTP, and
 * runs the seed's Mailbox Power recipes through the app's real triggers and actions, printing
 * what each Zap step receives and sends. The third recipe adds the webhook relay (relay/, in
 * process, on its embedded SQLite store in a temp dir) and a stand-in for the Zap's hook URL:
 * a contact deleted in HighLevel reaches "Contact Deleted (Instant)" as a signed event. Exits 0
 * on success and stops everything it started.
 */
import './quiet-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRelay } from '../relay/app';
import { loadConfig } from '../relay/config';
import { relayPaths } from '../relay/contract';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox';
import { ZapRunner, type Item } from './zap';

let out = (s: string): void => void process.stdout.write(`${s}\n`);
const step = (s: string) => out(`\n== ${s}`);
const show = (label: string, data: unknown) => out(`   ${label}: ${JSON.stringify(data)}`);

/** The fields a Mailbox Power "Create Contact" step gets mapped from New Contact (README recipe). */
export function mailboxPowerContact(c: Item): Record<string, unknown> {
  return {
    first_name: c.firstName,
    last_name: c.lastName,
    company: c.companyName,
    address: c.address1,
    city: c.city,
    state: c.state,
    postal_code: c.postalCode,
    country: c.country,
    email: c.email,
    phone: c.phone,
    tags: c.tags,
    ...Object.fromEntries(Object.entries(c).filter(([k]) => k.startsWith('custom_'))),
  };
}

/** What a Mailbox Power clean-up step ("Delete Contact", or "Remove Tag") gets mapped from Contact Deleted (Instant). */
export function mailboxPowerCleanup(c: Item): Record<string, unknown> {
  return { email: c.email, first_name: c.firstName, last_name: c.lastName, postal_code: c.postalCode };
}

function expect(cond: unknown, what: string): void {
  if (!cond) throw new Error(`recipe check failed: ${what}`);
  out(`   ok: ${what}`);
}

/** Someone working in HighLevel itself (not through Zapier): plain HTTP with the sandbox's own token. */
export function highLevelUser(sb: Sandbox) {
  const { access_token } = sb.issueTokens();
  return async (method: string, path: string, body?: unknown): Promise<Item> => {
    const res = await fetch(`${sb.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${access_token}`, Version: '2021-07-28', 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as Item;
    if (!res.ok) throw new Error(`${method} ${path} -> ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Start the sandbox and point the app at it (before the app is loaded). */
export async function connectToSandbox(opts: SandboxOptions = {}): Promise<{ sandbox: Sandbox; zap: ZapRunner }> {
  const sb = await startSandbox({ port: 0, ...opts });
  process.env.HIGHLEVEL_API_BASE_URL = sb.url;
  process.env.CLIENT_ID = 'sandbox-client-id';
  process.env.CLIENT_SECRET = 'sandbox-client-secret';
  // The app is loaded after the environment points it at the sandbox.
  const app = (await import('../index')).default;
  return { sandbox: sb, zap: new ZapRunner(app as unknown as ConstructorParameters<typeof ZapRunner>[0]) };
}

/** The recipes; `print` receives every line (stdout by default). */
export async function runRecipes(print?: (line: string) => void): Promise<{ sandbox: Sandbox; zap: ZapRunner }> {
  if (print) out = print;
  const { sandbox: sb, zap } = await connectToSandbox();
  const hl = highLevelUser(sb);

  out(`Local HighLevel sandbox on ${sb.url} (demo location ${sb.locationId}).`);
  step('Connect HighLevel (OAuth: code -> tokens -> test call)');
  const label = await zap.connect('demo-authorization-code');
  show('connection label', label);
  expect(zap.authData.refresh_token && zap.authData.locationId === sb.locationId, 'tokens stored with the location id');

  step('Recipe 1: new HighLevel contact -> create a contact in Mailbox Power');
  await zap.poll('recipe1', 'newContact');
  out('   Zap turned on: first poll only records the existing contacts.');
  const created = (await hl('POST', '/contacts/', {
    locationId: sb.locationId,
    firstName: 'Maya',
    lastName: 'Okafor',
    email: 'maya.okafor@example.com',
    phone: '+15125550188',
    address1: '1100 Congress Ave',
    city: 'Austin',
    state: 'TX',
    postalCode: '78701',
    country: 'US',
    tags: ['new patient'],
    customFields: [{ key: 'contact.preferred_mail_day', field_value: 'Tuesday' }],
  })).contact as Item;
  out(`   In HighLevel, someone adds contact ${String(created.id)} (Maya Okafor).`);
  const fired = await zap.poll('recipe1', 'newContact');
  expect(fired.length === 1 && fired[0]!.id === created.id, 'New Contact fires once, for Maya');
  expect(fired[0]!.custom_preferred_mail_day === 'Tuesday', 'her custom field arrives by name (custom_preferred_mail_day)');
  show('trigger output (mailing address)', {
    name: fired[0]!.name, address1: fired[0]!.address1, city: fired[0]!.city, state: fired[0]!.state, postalCode: fired[0]!.postalCode, country: fired[0]!.country,
  });
  show('Mailbox Power "Create Contact" receives', mailboxPowerContact(fired[0]!));
  expect((await zap.poll('recipe1', 'newContact')).length === 0, 'the next poll fires nothing (no new contact)');

  step('Recipe 2: contact changes -> Updated Contact fires once -> its task is updated');
  const task = (await zap.run('creates', 'createContactTask', {
    contactId: created.id, title: 'Send welcome postcard', dueDate: '2025-06-02T09:00:00-05:00',
  })) as Item;
  show('Create Contact Task sends back', task);
  await zap.poll('recipe2', 'updatedContact');
  await hl('PUT', `/contacts/${String(created.id)}`, { address1: '500 E 5th St', postalCode: '78701' });
  out('   In HighLevel, Maya\'s street address changes.');
  const changed = await zap.poll('recipe2', 'updatedContact');
  expect(changed.length === 1 && changed[0]!.contactId === created.id, 'Updated Contact fires once for the change');
  show('trigger output', { id: changed[0]!.id, contactId: changed[0]!.contactId, address1: changed[0]!.address1, dateUpdated: changed[0]!.dateUpdated });
  expect((await zap.poll('recipe2', 'updatedContact')).length === 0, 'no change, no second fire');
  const updatedTask = (await zap.run('creates', 'updateContactTask', {
    contactId: changed[0]!.contactId, taskId: task.id, body: `Address changed to ${String(changed[0]!.address1)}: reprint the label.`,
  })) as Item;
  show('Update Contact Task sends back', updatedTask);
  const done = (await zap.run('creates', 'completeContactTask', { contactId: created.id, taskId: task.id })) as Item;
  expect(done.completed === true, 'Complete Contact Task marks it done');

  step('Tagging');
  const tagged = (await zap.run('creates', 'addContactTags', { contactId: created.id, tags: 'postcard sent, vip' })) as Item;
  show('Add Tags to Contact', tagged);
  const found = (await zap.run('searches', 'findContact', { email: 'maya.okafor@example.com' })) as Item[];
  expect(found[0]?.id === created.id, 'Find Contact finds her by email');

  step('Clean-up: notes, tasks, then the contact');
  const note = (await zap.run('creates', 'createContactNote', { contactId: created.id, body: 'Postcard printed and mailed.' })) as Item;
  show('Delete Contact Note', await zap.run('creates', 'deleteContactNote', { contactId: created.id, noteId: note.id }));
  show('Delete Contact Task', await zap.run('creates', 'deleteContactTask', { contactId: created.id, taskId: task.id }));
  show('Delete Contact', await zap.run('creates', 'deleteContact', { contactId: created.id }));
  const stats = sb.stats();
  const failed = Object.entries(stats.byStatus).filter(([code]) => Number(code) >= 400).reduce((n, [, c]) => n + c, 0);
  expect(failed === 0, `${stats.requests} requests to the sandbox so far, ${failed} failed`);
  const gone = (await zap.run('searches', 'getContact', { contactId: created.id })) as Item[];
  expect(gone.length === 0, 'Get Contact (search) now returns no result: a Zap can branch on that');
  out('   Polling cannot see a deletion (the contact just stops appearing): recipe 3 uses the relay.');

  await deletionRecipe(sb, zap, hl);

  step('Done: every recipe ran as expected.');
  return { sandbox: sb, zap };
}

/** A stand-in for the Zap's hook URL (Zapier's side of a REST hook): it records each POSTed body. */
async function hookStandIn(): Promise<{ url: string; bodies: Item[]; close(): Promise<void> }> {
  const bodies: Item[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString('utf8')));
    req.on('end', () => {
      bodies.push(JSON.parse(raw) as Item);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/catch/demo-zap/`,
    bodies,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Recipe 3: HighLevel's ContactDelete, signed by the sandbox -> the relay -> the Zap's hook -> the clean-up step. */
async function deletionRecipe(sb: Sandbox, zap: ZapRunner, hl: ReturnType<typeof highLevelUser>): Promise<void> {
  step('Recipe 3: contact deleted in HighLevel -> Contact Deleted (Instant) -> clean up in Mailbox Power');
  const dir = mkdtempSync(join(tmpdir(), 'hl-start-relay-'));
  const relay = createRelay(loadConfig({
    RELAY_APP_ID: sb.webhooks.appId,
    RELAY_GHL_PUBLIC_KEYS: sb.webhooks.publicKeyPem,
    HIGHLEVEL_API_BASE_URL: sb.url,
    RELAY_HOST: '127.0.0.1',
    RELAY_PORT: '0',
    RELAY_SQLITE_PATH: join(dir, 'relay.db'),
    // The stand-in hook is on 127.0.0.1 over http (the default allows only https://hooks.zapier.com).
    RELAY_TARGET_HOSTS: '127.0.0.1',
    RELAY_ALLOW_HTTP_TARGETS: 'true',
    RELAY_POLL_INTERVAL_MS: '20',
  }), { logger: false, defaultMetrics: false });
  const hook = await hookStandIn();
  const relayUrl = process.env.RELAY_URL;
  try {
    const url = `http://127.0.0.1:${await relay.start()}`;
    process.env.RELAY_URL = url;
    sb.webhooks.setTarget(`${url}${relayPaths.ingress}`);
    out(`   Webhook relay on ${url} (embedded SQLite store in a temp dir), trusting the sandbox's signing key;`);
    out(`   the sandbox (as HighLevel) sends its signed events to ${relayPaths.ingress}.`);
    const sub = await zap.subscribe('contactDeletedInstant', hook.url);
    show('Zap turned on: Contact Deleted (Instant) subscribes its hook URL', { subscriptionId: sub.id, tenant: `${String(sub.scope)}/${String(sub.tenantId)}` });

    const gone = sb.store.contactsOf(sb.locationId).find((c) => c.address1 && c.email)!;
    await hl('DELETE', `/contacts/${gone.id}`);
    out(`   In HighLevel, someone deletes contact ${gone.id} (${gone.name ?? ''}).`);
    const end = Date.now() + 10_000;
    while (!hook.bodies.some((b) => b.type === 'ContactDelete') && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    const event = hook.bodies.find((b) => b.type === 'ContactDelete');
    expect(event && event.id === gone.id, 'the relay verified the signed ContactDelete, stored it and delivered it to the Zap\'s hook');
    const fired = await zap.hook('contactDeletedInstant', event);
    expect(fired.length === 1 && fired[0]!.id === gone.id && fired[0]!.email === gone.email, 'Contact Deleted (Instant) fires once, with the contact as it was');
    show('trigger output (mailing address)', {
      name: fired[0]!.name, email: fired[0]!.email, address1: fired[0]!.address1, city: fired[0]!.city, state: fired[0]!.state, postalCode: fired[0]!.postalCode,
    });
    show('Mailbox Power clean-up ("Delete Contact") receives', mailboxPowerCleanup(fired[0]!));
    await zap.unsubscribe('contactDeletedInstant', sub);
    out('   Zap turned off: its subscription is deleted from the relay.');
  } finally {
    sb.webhooks.setTarget(undefined);
    await sb.webhooks.idle();
    await relay.stop();
    await hook.close();
    rmSync(dir, { recursive: true, force: true });
    if (relayUrl === undefined) delete process.env.RELAY_URL;
    else process.env.RELAY_URL = relayUrl;
  }
}

if (require.main === module) {
  runRecipes()
    .then(async ({ sandbox }) => {
      await sandbox.stop();
      process.exit(0);
    })
    .catch((err: unknown) => {
      process.stderr.write(`\nFAILED: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exit(1);
    });
}
