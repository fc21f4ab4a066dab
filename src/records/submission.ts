import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import { locationId, type Ctx, type RequestParts } from '../client';
import { customOutputFields, definitions, namedValues } from '../custom-fields';
import type { Flat, Scalar } from '../operation';
import { defineRecord, isRecord, t, type Field, type Fields, type Output, type RecordTable } from '../record-table';
import { dateWindow, mayHaveMore, pageSize, windowOutputs } from './window';

/**
 * Form and survey submissions (GET /forms/submissions, GET /surveys/submissions; one shape in
 * forms.json and surveys.json). The submitted values are in `others`, keyed by the form field's
 * key: standard fields by name (first_name, email, postal_code...), custom fields by their id.
 * Neither spec has an endpoint with a form's field definitions (GET /forms/ gives id and name
 * only), so outputs are labelled by the field key (`field_first_name`: "First Name"), and custom
 * fields by the location's contact custom-field names (`custom_<key>`, as on contacts). The
 * order of the form's fields is `others.fieldsOriSequance` (sic); without it every plain value
 * of `others` except HighLevel's own bookkeeping keys is taken.
 */
export type SubmissionKind = 'form' | 'survey';

const othersOf = (raw: Readonly<Record<string, unknown>>): Record<string, unknown> => (isRecord(raw.others) ? raw.others : {});

/** The fields every submission has (the answers come on top, per form: see `flatten`). */
const common = {
  contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
  name: { label: 'Submitter Name', type: t.text, sample: 'Rosa Delgado' },
  email: { label: 'Submitter Email', type: t.text, sample: 'rosa.delgado@example.com' },
  createdAt: { label: 'Submitted At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  pageUrl: { label: 'Page URL', type: t.text, from: 'others.eventData.page.url', sample: 'https://delgadodental.example.com/free-postcard' },
  pageTitle: { label: 'Page Title', type: t.text, from: 'others.eventData.page.title', sample: 'Free Postcard' },
  source: { label: 'Traffic Source', type: t.text, from: 'others.eventData.source', sample: 'Direct traffic' },
  referrer: { label: 'Referrer', type: t.text, from: 'others.eventData.referrer', sample: 'https://www.google.com/' },
  fullAddress: {
    label: 'Full Mailing Address (submitted)', type: t.text, from: [], sample: '3535 1st St N, Dolomite, AL, 35061, US',
    derive: (_out: unknown, raw: Readonly<Record<string, unknown>>) => submittedAddress(othersOf(raw)),
  },
};

const submissionId = (sample: string) => ({ label: 'Submission ID', type: t.text, sample });
const kindId = (kind: SubmissionKind, label: string, sample: string) => ({ label, type: t.text, from: [`${kind}Id`, `others.${kind}Id`], sample });
const kindName = (label: string, sample: string) => ({ label, type: t.text, from: 'others.eventData.parentName', sample });

// No answers (`field_...`) and no custom fields in the samples: they depend on the form, and a
// sample holds only keys every submission has (Zapier's sample data rules). The answers keep their
// output labels (`answerLabels`).
const tables = {
  form: defineRecord(
    {
      id: submissionId('38303ec7-629a-49e2-888a-cf8bf0b1f97e'),
      formId: kindId('form', 'Form ID', 'YSWdvS4Is98wtIDGnpmI'),
      formName: kindName('Form Name', 'Free Postcard Request'),
      ...common,
    },
    { name: 'form submission' },
  ),
  survey: defineRecord(
    {
      id: submissionId('be759b9a-c3ec-4b29-ba07-fc3c89c77673'),
      surveyId: kindId('survey', 'Survey ID', 'jjusM6EOngDExnbo2DbU'),
      surveyName: kindName('Survey Name', 'Patient Satisfaction Survey'),
      ...common,
    },
    { name: 'survey submission' },
  ),
};
/** What both tables share (the id, the time the window sorts by). */
type Submissions = Fields & { id: Field<string | null>; createdAt: Field<string | null> };

/** Each parsed submission's `others` (its answers), kept beside the flat row the table made of it. */
const answersOf = new WeakMap<object, Record<string, unknown>>();

const Meta = z.object({ meta: z.object({ nextPage: z.number().nullish() }).nullish() });

/** Keys of `others` that are HighLevel's bookkeeping, not submitted answers. */
const META_KEYS = new Set([
  'eventData', 'fieldsOriSequance', 'fieldsOriSequence', 'formId', 'surveyId', 'location_id', 'locationId', 'contactId',
  'submissionId', 'sessionId', 'ip', 'timezone', 'signatureHash', 'funnelId', 'funnelName', 'pageId', 'stepId', 'formName', 'surveyName',
]);
/** Custom fields appear under their 20-character HighLevel id. */
const CUSTOM_ID = /^(?=.*[A-Z0-9])[A-Za-z0-9]{20}$/;

/** Standard form fields, labelled as HighLevel's form builder names them. */
const STANDARD: Record<string, string> = {
  full_name: 'Full Name',
  first_name: 'First Name',
  last_name: 'Last Name',
  email: 'Email',
  phone: 'Phone',
  organization: 'Business Name',
  address: 'Street Address',
  city: 'City',
  state: 'State',
  postal_code: 'Postal Code',
  country: 'Country',
  website: 'Website',
  date_of_birth: 'Date of Birth',
};

const fieldKey = (key: string): string => `field_${key.replace(/[^A-Za-z0-9_]+/g, '_')}`;

/** A submitted value as a Zap step maps it: lists joined, uploaded files as their URLs. */
function plain(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(plain).filter((x) => x !== null && x !== '').join(', ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.url === 'string') return o.url;
    const urls = Object.values(o)
      .map((x) => (x && typeof x === 'object' ? (x as { url?: unknown }).url : undefined))
      .filter((u): u is string => typeof u === 'string');
    return urls.length ? urls.join(', ') : JSON.stringify(v);
  }
  return String(v);
}

/** The answered field keys of a submission, in the form's order where HighLevel gives it. */
function answerKeys(others: Record<string, unknown>): string[] {
  const seq = others.fieldsOriSequance ?? others.fieldsOriSequence;
  const keys = Array.isArray(seq) ? seq.filter((k): k is string => typeof k === 'string' && k in others) : Object.keys(others);
  return [...new Set(keys)].filter((k) => !META_KEYS.has(k) && !k.startsWith('__'));
}

/** The submitted mailing address on one line (the standard address answers, in the form's order of address parts). */
function submittedAddress(others: Record<string, unknown>): string | null {
  const answered = new Set(answerKeys(others));
  const line = ['address', 'city', 'state', 'postal_code', 'country']
    .filter((k) => answered.has(k))
    .map((k) => plain(others[k]))
    .filter((p) => (typeof p === 'string' && p.trim()) || typeof p === 'number')
    .join(', ');
  return line || null;
}

/** The submissions of one list answer, each row's answers kept for `flatten`. */
const submissionList = <F extends Submissions>(kind: SubmissionKind, table: RecordTable<F>) => {
  const read = table.list('submissions', `the ${kind} submissions list`);
  return (body: unknown): Output<F>[] =>
    read(body).map((row, i) => {
      const raw: unknown = isRecord(body) && Array.isArray(body.submissions) ? body.submissions[i] : undefined;
      answersOf.set(row, isRecord(raw) ? othersOf(raw) : {});
      return row;
    });
};

async function flatten<F extends Submissions>(table: RecordTable<F>, subs: Output<F>[], ctx: Ctx): Promise<Flat[]> {
  // The location's contact custom fields (kept in z.cache), looked up only when an answer is keyed
  // by an id. Not re-fetched for an unknown id (forms also carry ids that are no custom field, and
  // the window's submissions come back every poll): a field created minutes ago is output under
  // its id until the cached list expires.
  const others = subs.map((s) => answersOf.get(s) ?? {});
  const hasIds = others.some((o) => answerKeys(o).some((k) => CUSTOM_ID.test(k)));
  const defs = hasIds ? await definitions(ctx, 'contact') : [];
  const known = new Set(defs.map((d) => d.id));
  const rows = await table.output(subs, ctx);
  return rows.map((row, i) => {
    const o = others[i] ?? {};
    const answers: Flat = {};
    for (const key of answerKeys(o)) {
      if (known.has(key)) Object.assign(answers, namedValues([{ id: key, value: o[key] }], defs));
      else answers[fieldKey(key)] = plain(o[key]);
    }
    return { ...row, ...answers };
  });
}

/** The poll's first request: the connected location's submissions of the window, optionally of one form or survey. */
export const submissionsRequest =
  (kind: SubmissionKind) =>
  (input: { formId?: string; surveyId?: string }, { bundle }: Ctx): RequestParts => ({
    query: {
      locationId: locationId(bundle),
      [`${kind}Id`]: kind === 'form' ? input.formId : input.surveyId,
      ...dateWindow(),
      page: 1,
      limit: pageSize(bundle),
    },
  });

/** Page numbers: `meta.nextPage` where given (null on the last page), else the next number while pages are full. */
function next(body: unknown, current: RequestParts, count: number): RequestParts | null {
  if (!mayHaveMore(count, Number(current.query?.limit))) return null;
  const meta = Meta.safeParse(body).data?.meta;
  if (meta && meta.nextPage === null) return null;
  const page = meta?.nextPage ?? (Number(current.query?.page) || 1) + 1;
  return { ...current, query: { ...current.query, page } };
}

/** The answers' labels: the standard form fields (custom fields come as dynamic output fields). */
const answerLabels: PlainOutputField[] = Object.entries(STANDARD).map(([k, label]) => ({ key: fieldKey(k), label: `Answer: ${label}` }));

function outputsOf<F extends Submissions>(kind: SubmissionKind, table: RecordTable<F>) {
  return {
    ...windowOutputs<Output<F>>({
      items: submissionList(kind, table),
      next,
      time: (s) => s.createdAt,
      flatten: (subs, ctx) => flatten(table, subs, ctx),
    }),
    sample: table.sample,
    outputFields: [...table.outputFields, ...answerLabels],
    dynamicOutputFields: customOutputFields('contact'),
  };
}

/** Everything a submissions trigger declares about its records and output, to spread into it. */
export const formSubmissionOutputs = outputsOf('form', tables.form);
export const surveySubmissionOutputs = outputsOf('survey', tables.survey);
