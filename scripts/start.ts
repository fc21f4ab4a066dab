/**
 * npm start: the main job on a local default, no HighLevel account needed. Starts the local
 * HighLevel sandbox (sandbox/), connects the app to it with the real OAuth flow over HTTP, and
 * runs the seed's Mailbox Power recipes through the app's real triggers and actions, printing
 * what each Zap step receives and sends. Exits 0 on success and stops the server it started.
 */
import './quiet-core';
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
  out('   Polling cannot see a deletion (the contact just stops appearing); run clean-ups with the');
  out('   Delete actions, or check with the Get Contact search, as the README explains.');

  step('Done: every recipe ran as expected.');
  return { sandbox: sb, zap };
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
