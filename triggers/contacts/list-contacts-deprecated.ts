import { z } from 'zod';
import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { contactList, contactOutputs } from '../../src/records/contact';

const Meta = z.object({
  meta: z.object({ startAfter: z.union([z.number(), z.string()]).nullish(), startAfterId: z.string().nullish() }).nullish(),
});

/**
 * List Contacts (Deprecated): GET /contacts/, which HighLevel marks deprecated in favour of
 * POST /contacts/search. Kept for the catalog. Paging forwards BOTH startAfter and
 * startAfterId from the previous page's meta (forwarding one repeats page one forever) and
 * keeps the rest of the query (locationId); the shared pager also stops on a repeated cursor.
 */
export default defineListTrigger({
  key: 'listContactsDeprecated',
  noun: 'Contact',
  label: 'List Contacts (Deprecated)',
  description:
    'Triggers when a new contact appears in the legacy contact list (deprecated). Use "New Contact" or "Search Contacts" instead.',
  endpoint: endpoint('GET', '/contacts/', '2021-07-28', ['contacts.readonly']),
  inputs: {
    query: f.text({
      label: 'Search Text',
      helpText: 'Only contacts matching this text. Deprecated endpoint: prefer the "New Contact" or "Search Contacts" trigger.',
    }),
  },
  request: (input, { bundle }) => ({
    query: { locationId: locationId(bundle), limit: Math.min(pollLimit(bundle), 100), query: input.query },
  }),
  paging: {
    next: (body, current) => {
      const meta = Meta.safeParse(body).data?.meta;
      if (!meta?.startAfter || !meta.startAfterId) return null;
      return { ...current, query: { ...current.query, startAfter: String(meta.startAfter), startAfterId: meta.startAfterId } };
    },
  },
  records: contactList,
  ...contactOutputs,
});
