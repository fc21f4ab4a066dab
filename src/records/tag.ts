import type { PlainOutputField } from 'zapier-platform-core';
import { bulkOutcome } from '../bulk';
import type { Ctx } from '../client';
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

/**
 * The bulk tag answer read leniently (bulkTagResult), then judged per contact (src/bulk.ts): every
 * contact failed -> the step fails with HighLevel's reasons; some failed -> `failures` says which
 * and why. Without per-contact answers, HighLevel's summary flag stands for every contact sent.
 */
export function bulkTagOutcome(body: unknown, ctx: Ctx, contacts: readonly string[], what: string) {
  const read = bulkTagResult.output(body, ctx);
  const raw = isRecord(body) ? body : {};
  // HighLevel's summary flag (spelled `succeded`), as the table read it ("true" text included).
  const flag = 'succeded' in raw || 'succeeded' in raw ? read.succeeded : null;
  const responses = Array.isArray(raw.responses) ? raw.responses.filter(isRecord) : [];
  const items = responses.length
    ? responses.map((x) => ({ id: scalarText(x.contactId) ?? '', ok: x.type === 'success', reason: scalarText(x.message) }))
    : contacts.map((id) => ({ id, ok: flag !== false, reason: flag === false ? 'HighLevel reported the update as failed' : null }));
  const { failures, failedCount } = bulkOutcome(items, what);
  const errorCount = 'errorCount' in raw && read.errorCount !== null ? read.errorCount : failedCount;
  return {
    ...read,
    succeeded: flag ?? failedCount === 0,
    errorCount,
    updatedContactIds: items.filter((x) => x.ok).map((x) => x.id),
    failedContactIds: items.filter((x) => !x.ok).map((x) => x.id),
    failures,
  };
}
export const bulkTagOutcomeSample = { ...bulkTagResult.sample, failures: '' };
export const bulkTagOutcomeFields: PlainOutputField[] = [
  ...bulkTagResult.outputFields,
  { key: 'failures', label: "Failures (contact ID: HighLevel's reason, one per line)" },
];

/** POST / DELETE /contacts/{contactId}/tags answer `{ tags }`: the contact's tags after the change. */
export const tagChangeResult = defineResult(
  { tags: { label: 'Tags', type: t.strings, sample: ['postcard', 'vip'] } },
  { name: 'the tag change', what: 'the tag change' },
);
