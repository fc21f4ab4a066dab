import type { Field } from './record-table';
import { t } from './record-table';
import { webAppUrl } from './config';

/**
 * A record's page in HighLevel's web app, as a record-table field derived from the record's
 * `locationId` and `id` (empty when the record has no location). Formats, all under
 * `/v2/location/{locationId}/`: contact `contacts/detail/{id}` (issue 13), conversation
 * `conversations/conversations/{id}`, opportunity `opportunities/list/{id}?tab=OpportunityDetails`,
 * invoice `payments/invoices/edit/{id}` (the web app's own paths, as public integrations link them).
 * `idKey` names another output holding the id (an appointment links its contact's page, where the
 * web app lists the contact's appointments: no per-appointment page address is published).
 */
export function webLink(label: string, page: (id: string) => string, sampleId: string, idKey = 'id'): Field<string | null> {
  const url = (loc: string, id: string) => `${webAppUrl()}/v2/location/${encodeURIComponent(loc)}/${page(encodeURIComponent(id))}`;
  return {
    label,
    type: t.text,
    from: [],
    derive: (out) => {
      const id = out[idKey];
      return typeof out.locationId === 'string' && out.locationId && typeof id === 'string' && id ? url(out.locationId, id) : null;
    },
    sample: url('ve9EPM428h8vShlRW1KT', sampleId),
  };
}
