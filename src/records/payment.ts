import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import type { Flat } from '../operation';

/**
 * What every payments record (order, transaction, subscription; payments.json) has: its
 * location (`altId`), the paying contact, test or live mode and its dates. Shared by their
 * shapes, flatteners and output fields.
 */
const str = z.string().nullish();
export const paymentBase = {
  _id: z.string(),
  altId: str,
  contactId: str,
  contactName: str,
  contactEmail: str,
  currency: str,
  liveMode: z.boolean().nullish(),
  createdAt: str,
  updatedAt: str,
};

type Base = { altId?: string | null; contactId?: string | null; contactName?: string | null; contactEmail?: string | null; liveMode?: boolean | null; createdAt?: string | null; updatedAt?: string | null };

export const paymentParty = (r: Base): Flat => ({
  contactId: r.contactId ?? null,
  contactName: r.contactName ?? null,
  contactEmail: r.contactEmail ?? null,
  liveMode: r.liveMode ?? null,
  locationId: r.altId ?? null,
  createdAt: r.createdAt ?? null,
  updatedAt: r.updatedAt ?? null,
});

export const paymentPartyFields: PlainOutputField[] = [
  { key: 'contactId', label: 'Contact ID' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'contactEmail', label: 'Contact Email' },
  { key: 'liveMode', label: 'Live Mode (not test)', type: 'boolean' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];
