/**
 * An agency Zap end to end against the local sandbox over HTTP: connect as an agency through the
 * real OAuth flow (user_type=Company), pick a location in the Location dropdown (the locations
 * where the app is installed), and run New Contact and Create Contact there: the app exchanges
 * its agency token for a location token (POST /oauth/locationToken) and works on that location
 * only. Then the agency-wide operations: List Locations, Create Location, List Snapshots.
 */
import type { Sandbox } from '../../sandbox';
import { DEMO_SECOND_LOCATION_ID } from '../../sandbox/demo-ext';
import { connectToSandbox } from '../../scripts/start';
import type { Item, ZapRunner } from '../../scripts/zap';

jest.setTimeout(60_000);

let sandbox: Sandbox | undefined;
afterAll(async () => {
  await sandbox?.stop();
});

test('an agency connects, picks Round Rock, and New Contact / Create Contact run there with a location token', async () => {
  let zap: ZapRunner;
  ({ sandbox, zap } = await connectToSandbox());
  const sb = sandbox;
  const label = await zap.connect('agency-code', { connectAs: 'Company' });
  expect(label).toBe('Agency: Sunrise Dental Group');
  expect(zap.authData).toMatchObject({ userType: 'Company', companyId: sb.companyId });
  expect(zap.authData.locationId).toBeUndefined();

  const locations = (await zap.run('triggers', 'locationDropdown')) as Item[];
  expect(locations.map((l) => l.id)).toEqual([sb.locationId, DEMO_SECOND_LOCATION_ID]);
  expect(String(locations[1]!.name)).toMatch(/^Sunrise Dental - Round Rock \(201 University Oaks Blvd/);

  const here = { agencyLocationId: DEMO_SECOND_LOCATION_ID };
  sb.resetStats();
  expect(await zap.poll('agency-new-contact', 'newContact', here)).toEqual([]);
  const created = (await zap.run('creates', 'createContact', { ...here, firstName: 'Rita', lastName: 'Alvarez', email: 'rita.alvarez@example.com' })) as Item;
  expect(sb.store.contacts.get(String(created.id))?.locationId).toBe(DEMO_SECOND_LOCATION_ID);
  const fired = await zap.poll('agency-new-contact', 'newContact', here);
  // The search answers some items with lower-case names only (HighLevel's real shape, sandbox/highlevel-quirks.ts).
  expect(fired.map((c) => [c.id, String(c.firstName).toLowerCase()])).toEqual([[created.id, 'rita']]);
  // Austin's contacts stay out of a Round Rock Zap.
  expect(((await zap.run('triggers', 'newContact', here)) as Item[]).map((c) => c.id)).toEqual([created.id]);
  const stats = sb.stats();
  // The location token is exchanged once, then reused from the connection-scoped cache by the later steps.
  expect(stats.byRoute['POST /oauth/locationToken']).toBe(1);
  expect(Object.keys(stats.byStatus).filter((c) => Number(c) >= 400)).toEqual([]);

  // Agency-wide: every location, a new one (installed at once), the snapshots.
  expect(((await zap.run('triggers', 'listLocations')) as Item[]).map((l) => l.id).sort()).toEqual([sb.locationId, DEMO_SECOND_LOCATION_ID]);
  const made = (await zap.run('creates', 'createLocation', { name: 'Sunrise Dental - Cedar Park', city: 'Cedar Park', state: 'TX', country: 'US' })) as Item;
  expect(made.name).toBe('Sunrise Dental - Cedar Park');
  expect(((await zap.run('triggers', 'locationDropdown')) as Item[]).map((l) => l.id)).toContain(made.id);
  expect(((await zap.run('triggers', 'listSnapshots')) as Item[]).map((s) => s.name)).toEqual(['Dental Practice Starter', 'Review Booster (imported)']);
});
