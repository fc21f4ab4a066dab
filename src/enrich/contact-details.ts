import { z as zod } from 'zod';
import { locationId, lookupApi, type Ctx } from '../client';
import { limits } from '../config';
import { endpoint } from '../endpoint';
import type { Flat } from '../operation';
import { t } from '../record-table';
import { contactRecord } from '../records/contact';
import { cacheGet, cacheSet, tenantKey } from '../scoped-cache';

/**
 * The contact's name, email and phone next to its ID (appointments, messages), so a Zap needs no
 * Find Contact step. Cost: one GET /contacts/{id} per DISTINCT contact of a step (at most
 * `limits.contactLookupsPerStep`, newest records first), each kept in the connection-scoped cache
 * for `limits.contactDetailsCacheSeconds` under company + location + contact: a later poll within
 * that time costs no lookup. A contact that no longer exists (404) leaves the fields empty.
 */
const getContactEndpoint = endpoint('GET', '/contacts/{contactId}', '2021-07-28', ['contacts.readonly']);

/** Record-table fields (filled by `withContactDetails`; empty until then). */
export const contactDetailFields = {
  contactName: { label: 'Contact Name', type: t.text, from: [], derive: () => null, sample: 'Rosa Delgado' },
  contactEmail: { label: 'Contact Email', type: t.text, from: [], derive: () => null, sample: 'rosa.delgado@example.com' },
  contactPhone: { label: 'Contact Phone', type: t.text, from: [], derive: () => null, sample: '+15125550143' },
};

const Details = zod.object({ contactName: zod.string().nullable(), contactEmail: zod.string().nullable(), contactPhone: zod.string().nullable() });
type Details = zod.infer<typeof Details>;
const NONE: Details = { contactName: null, contactEmail: null, contactPhone: null };

async function detailsOf(ctx: Ctx, loc: string, contactId: string): Promise<Details> {
  const key = tenantKey(ctx.bundle, 'contactDetails', loc, contactId);
  const cached = Details.safeParse(await cacheGet(ctx.z, key));
  if (cached.success) return cached.data;
  const body = await lookupApi(ctx, getContactEndpoint, { path: { contactId } });
  const contact = body === null ? null : contactRecord(body);
  const details: Details = contact ? { contactName: contact.name, contactEmail: contact.email, contactPhone: contact.phone } : NONE;
  await cacheSet(ctx.z, key, details, limits.contactDetailsCacheSeconds);
  return details;
}

/** The details of the distinct contacts of these rows (at most `limits.contactLookupsPerStep` looked up, newest rows first). */
async function detailsFor(rows: Flat[], ctx: Ctx): Promise<Map<string, Details>> {
  const ids = [...new Set(rows.map((r) => r.contactId).filter((id): id is string => typeof id === 'string' && id !== ''))];
  const found = new Map<string, Details>();
  if (ids.length === 0) return found;
  const loc = locationId(ctx.bundle);
  for (const id of ids.slice(0, limits.contactLookupsPerStep)) found.set(id, await detailsOf(ctx, loc, id));
  return found;
}

/** The flat records with their contact's name, email and phone (looked up once per distinct contact). */
export async function withContactDetails(rows: Flat[], ctx: Ctx): Promise<Flat[]> {
  const found = await detailsFor(rows, ctx);
  return rows.map((r) => ({ ...r, ...((typeof r.contactId === 'string' && found.get(r.contactId)) || NONE) }));
}

/**
 * For records whose answer sometimes carries the contact's details under their own keys (a
 * conversation from the search has them, one read by ID does not): only rows with none of the
 * three are looked up, so a search answer costs no lookup.
 */
export const contactDetailsWhereMissing =
  (keys: { name: string; email: string; phone: string }) =>
  async (rows: Flat[], ctx: Ctx): Promise<Flat[]> => {
    const bare = (r: Flat) => !r[keys.name] && !r[keys.email] && !r[keys.phone];
    const found = await detailsFor(rows.filter(bare), ctx);
    return rows.map((r) => {
      const d = bare(r) && typeof r.contactId === 'string' ? found.get(r.contactId) : undefined;
      return d ? { ...r, [keys.name]: d.contactName, [keys.email]: d.contactEmail, [keys.phone]: d.contactPhone } : r;
    });
  };
