import { z } from 'zod';
import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { bulkOutcome } from '../../src/bulk';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { parseResponse } from '../../src/schemas';

/**
 * POST /contacts/bulk/business ("Add/Remove Contacts From Business"): `businessId: null` takes
 * the listed contacts out of their business. The spec has no security block; contacts.write is
 * inferred (catalog, mapping report), like the bulk tag update.
 */
export default defineAction({
  key: 'bulkUpdateContactsBusiness',
  noun: 'Business',
  label: 'Bulk Business Update',
  description: 'Adds many contacts to a business at once, or removes them from their business, in one request.',
  endpoint: endpoint('POST', '/contacts/bulk/business', '2021-07-28', ['contacts.write']),
  inputs: {
    action: f.choice({ label: 'Change', required: true, choices: { add: 'Add the contacts to the business', remove: 'Remove the contacts from their business' }, helpText: 'Add the contacts to a business, or take them out of theirs.' }),
    ids: f.list({ label: 'Contacts', required: true, dynamic: 'contactDropdown.id.name', helpText: 'The contacts to change: pick them, or map Contact IDs (a list or separated by commas).' }),
    businessId: f.id({ label: 'Business', dynamic: 'businessDropdown.id.name', search: 'findBusiness.id', helpText: 'The business to add the contacts to (only with "Add").' }),
  },
  request: ({ action, ids, businessId }, { bundle }) => {
    if (action === 'add' && !businessId) throw invalidInput({ key: 'businessId', label: 'Business' }, 'is required to add contacts to a business');
    if (action === 'remove' && businessId) throw invalidInput({ key: 'businessId', label: 'Business' }, 'must be empty when removing contacts from their business');
    return { body: { locationId: locationId(bundle), ids, businessId: action === 'add' ? businessId : null } };
  },
  output: (body, { input }) => {
    const r = parseResponse(z.looseObject({ success: z.boolean().nullish(), ids: z.array(z.string()).nullish(), message: z.string().nullish() }), body, 'the bulk business update');
    // The spec's answer is { success, ids }: the contacts it changed. A contact sent but not among
    // them failed; HighLevel gives no per-contact reason, only its message when there is one.
    const done = new Set(r.ids ?? []);
    const reason = r.message ?? (r.success === false ? 'HighLevel reported the update as failed' : 'not among the contacts HighLevel changed');
    const items = input.ids.map((id) => ({ id, ok: r.success !== false && (r.ids ? done.has(id) : true), reason }));
    const { failures, failedCount } = bulkOutcome(items, `Bulk Business Update (${input.action})`);
    return {
      succeeded: failedCount === 0,
      contactIds: items.filter((x) => x.ok).map((x) => x.id),
      failedContactIds: items.filter((x) => !x.ok).map((x) => x.id),
      failures,
      businessId: input.action === 'add' ? (input.businessId ?? null) : null,
    };
  },
  sample: { succeeded: true, contactIds: ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'], failedContactIds: [], failures: '', businessId: '63771dcac1116f0e21de8e12' },
  outputFields: [
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
    { key: 'contactIds', label: 'Updated Contact IDs' },
    { key: 'failedContactIds', label: 'Failed Contact IDs' },
    { key: 'failures', label: 'Failures (contact ID: reason, one per line)' },
    { key: 'businessId', label: 'Business ID (empty when removed)' },
  ],
});
