/**
 * New / Updated Contact at a real account's volume (the sandbox's volume mode: 10,000 contacts):
 * an import of 1,000 contacts between two polls fires every one of them, and an idle poll is one
 * request. Over real HTTP against the sandbox on 127.0.0.1.
 */
import { importContacts } from '../../sandbox/volume';
import { volumeSandbox } from './volume-sandbox';

jest.setTimeout(60_000);

const vol = volumeSandbox();

const requests = () => vol.sandbox.stats().byRoute['POST /contacts/search'] ?? 0;
const userSearches = () => vol.sandbox.stats().byRoute['GET /users/search'] ?? 0;

test('the volume location holds 10,000 generated contacts besides the demo ones', () => {
  expect(vol.sandbox.store.contactsOf(vol.sandbox.locationId).length).toBeGreaterThanOrEqual(10_000);
});

test.each(['newContact', 'updatedContact'])('%s: idle poll is one request; all 1,000 contacts of an import fire, once', async (key) => {
  await vol.zap.poll(key, key);
  vol.sandbox.resetStats();
  expect(await vol.zap.poll(key, key)).toEqual([]);
  expect(requests()).toBe(1);

  const imported = importContacts(vol.sandbox.store, vol.sandbox.locationId, 1_000, `import-${key}`);
  vol.sandbox.resetStats();
  const fired = await vol.zap.poll(key, key);
  const firedIds = fired.map((i) => String(key === 'newContact' ? i.id : i.contactId));
  expect(new Set(firedIds)).toEqual(new Set(imported));
  expect(firedIds).toEqual([...imported].reverse()); // newest first
  // 100 on the first page, then 500 per page through searchAfter while the pages are all new:
  // 100 + 500 + 500 (of which 400 imported), and the third page ends the reading.
  expect(requests()).toBe(3);
  // The import assigned the contacts to the location's users: their names cost ONE user search
  // for the poll's distinct users (newContact, first here), none once the connection's cache holds
  // them (updatedContact runs after it on the same connection), and every contact has its name.
  const owners = new Set(fired.map((i) => String(i.assignedTo)));
  expect(owners.size).toBeGreaterThan(1);
  expect(userSearches()).toBe(key === 'newContact' ? 1 : 0);
  const names = new Map([...vol.sandbox.store.users.values()].map((u) => [u.id, u.name]));
  expect(fired.every((i) => typeof i.assignedUserName === 'string' && i.assignedUserName === names.get(String(i.assignedTo)))).toBe(true);

  // The next poll stops at its first page: the Zap's last poll read all of it.
  vol.sandbox.resetStats();
  expect(await vol.zap.poll(key, key)).toEqual([]);
  expect(requests()).toBe(1);
  expect(userSearches()).toBe(0);
});

test('without a Zap id (the editor), a burst within the hour is read in full by the horizon alone', async () => {
  const imported = importContacts(vol.sandbox.store, vol.sandbox.locationId, 700, 'import-no-zap');
  vol.sandbox.resetStats();
  const items = (await vol.zap.run('triggers', 'newContact')) as { id: string }[];
  expect(items.slice(0, 700).map((i) => i.id)).toEqual([...imported].reverse());
  expect(requests()).toBeGreaterThan(1);
});
