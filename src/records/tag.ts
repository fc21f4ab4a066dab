import { defineResult, isRecord, scalarText, t, wrong, type Coercion } from '../record-table';

/**
 * Answers of the tag writes. The spec's bulk answer types `responses` as a list of strings while
 * its own example (and HighLevel) sends objects `{ contactId, type, message }`: both are read,
 * strings carry no contact and are skipped.
 */

/** The contact ids of the bulk answer's `responses` whose `type` is (or is not) "success". */
const contactIdsWhere = (succeeded: boolean): Coercion<string[]> => ({
  list: true,
  empty: [],
  read: (v) =>
    Array.isArray(v)
      ? { value: v.filter(isRecord).filter((r) => (r.type === 'success') === succeeded).map((r) => scalarText(r.contactId)).filter((id): id is string => id !== null) }
      : wrong(v),
});

export const bulkTagResult = defineResult(
  {
    succeeded: { label: 'Succeeded', type: t.boolean, from: ['succeded', 'succeeded'], derive: () => false, sample: true },
    errorCount: { label: 'Errors', type: { ...t.number, zapierType: 'integer' }, derive: () => 0, sample: 0 },
    updatedContactIds: { label: 'Updated Contact IDs', type: contactIdsWhere(true), from: 'responses', sample: ['qFSqySFkVvNzOSqgGqFi', '3ualbhnV7j3n3a9r2moD'] },
    failedContactIds: { label: 'Failed Contact IDs', type: contactIdsWhere(false), from: 'responses', sample: [] },
  },
  { name: 'the bulk tag update', what: 'the bulk tag update' },
);

/** POST / DELETE /contacts/{contactId}/tags answer `{ tags }`: the contact's tags after the change. */
export const tagChangeResult = defineResult(
  { tags: { label: 'Tags', type: t.strings, sample: ['postcard', 'vip'] } },
  { name: 'the tag change', what: 'the tag change' },
);
