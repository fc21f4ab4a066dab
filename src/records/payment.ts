import { t } from '../record-table';

/**
 * What every payments record (order, transaction, subscription; payments.json) has: HighLevel's
 * `_id`, its location (`altId`), the paying contact, test or live mode and its dates. Spread into
 * their tables (ids first, the party last, as the outputs list them).
 */
export const paymentId = (label: string, sample: string) => ({
  id: { label, type: t.text, from: ['_id', 'id'], sample },
});

export const paymentPartyFields = {
  contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
  contactName: { label: 'Contact Name', type: t.text, sample: 'Rosa Delgado' },
  contactEmail: { label: 'Contact Email', type: t.text, sample: 'rosa.delgado@example.com' },
  liveMode: { label: 'Live Mode (not test)', type: t.boolean, sample: true },
  locationId: { label: 'Location ID', type: t.text, from: 'altId', sample: 've9EPM428h8vShlRW1KT' },
  createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
};
