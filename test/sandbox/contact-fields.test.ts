import { contactTable } from '../../src/records/contact';
import { contactBody, contactWrittenFields, type ContactInput } from '../../src/records/contact-inputs';
import { call, withSandbox, type Json } from './support';

/**
 * The sandbox keeps and serves the contact fields the app's contact table declares (one
 * declaration: src/records/contact.ts; the sandbox takes the written text fields from it), in
 * both of HighLevel's shapes (GET /contacts/{id}, and POST /contacts/search with its quirks in
 * sandbox/highlevel-quirks.ts). This fails when the table reads or writes a field the sandbox
 * never serves, and when the sandbox serves a field the table neither reads nor lists below.
 */

/** What the sandbox serves that no output reads, and why. */
const NOT_OUTPUT: Record<string, string> = {
  emailLowerCase: 'a search helper HighLevel keeps beside the email',
  fullNameLowerCase: 'a search helper HighLevel keeps beside the name',
  gender: 'not written by the app, not output',
  dndSettings: 'per-channel DND, not output (Do Not Disturb is)',
  followers: 'not output',
  additionalEmails: 'not output',
  attributionSource: 'not output',
  customFields: 'output by name (custom_<key>), not as a field',
  searchAfter: 'the search cursor (src/contact-search.ts reads it)',
};

type AnyField = { from?: string | readonly string[]; derive?: unknown };
const fields = Object.entries(contactTable.fields) as [string, AnyField][];
const sourcesOf = (key: string, f: AnyField): readonly string[] => (f.from === undefined ? [key] : typeof f.from === 'string' ? [f.from] : f.from);
/** Top-level keys of HighLevel's record that some output reads. */
const readKeys = new Set(fields.flatMap(([key, f]) => sourcesOf(key, f).map((p) => p.split('.')[0]!)));
/** Outputs read from HighLevel's record (not only derived). */
const sourced = fields.filter(([key, f]) => sourcesOf(key, f).length > 0).map(([key]) => key);

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

test('a contact written with every field the app writes is served with every field the table reads, in the GET and the search shape', async () => {
  await withSandbox({}, async (sb) => {
    // The app's own request body: each written field with its table sample (another email and
    // phone than the demo data's Rosa Delgado, whom the location's no-duplicates setting protects).
    const samples: Record<string, unknown> = { ...contactTable.sample, email: 'lena.ortiz@example.com', phone: '+15125550111' };
    const input = Object.fromEntries(contactWrittenFields.map((k) => [k, samples[k]])) as ContactInput;
    const body = contactBody(input);
    expect(Object.keys(body).sort()).toEqual([...contactWrittenFields].sort());
    const created = await call<{ contact: Json; message?: unknown }>(sb, 'POST', '/contacts/', { body: { locationId: sb.locationId, ...body } });
    expect([created.status, created.body.message]).toEqual([201, undefined]);
    const id = String(created.body.contact.id);
    const business = [...sb.store.businesses.values()][0]!;
    expect((await call(sb, 'POST', '/contacts/bulk/business', { body: { locationId: sb.locationId, ids: [id], businessId: business.id } })).status).toBe(200);

    const got = (await call<{ contact: Json }>(sb, 'GET', `/contacts/${id}`)).body.contact;
    const found = await call<{ contacts: Json[] }>(sb, 'POST', '/contacts/search', {
      body: { locationId: sb.locationId, pageLimit: 1, filters: [{ field: 'id', operator: 'eq', value: id }] },
    });
    const searched = found.body.contacts[0]!;

    // Every written field is kept and answered under the key it was sent with (GET shape).
    expect(contactWrittenFields.filter((k) => !present(got[k]))).toEqual([]);
    for (const [shape, raw] of [['GET', got], ['search', searched]] as const) {
      // Every output that reads HighLevel's record finds a value in either shape.
      const row = contactTable.parse(raw, '', shape) as unknown as Record<string, unknown>;
      expect({ shape, empty: sourced.filter((k) => !present(row[k])) }).toEqual({ shape, empty: [] });
      // And the sandbox serves nothing the table neither reads nor lists as not output.
      expect({ shape, unread: Object.keys(raw).filter((k) => !readKeys.has(k) && !(k in NOT_OUTPUT)) }).toEqual({ shape, unread: [] });
    }
    // The search shape is HighLevel's own (highlevel-quirks.ts): the street as `address`, the birth date in epoch ms.
    expect([searched.address1, searched.address, typeof searched.dateOfBirth]).toEqual([undefined, got.address1, 'number']);
  });
}, 20_000); // starts a sandbox and makes five requests: seconds under load
