import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import { locationId, type Ctx, type RequestParts } from '../client';
import { customOutputFields, definitions, namedValues } from '../custom-fields';
import type { Flat, Scalar } from '../operation';
import { parseResponse } from '../schemas';
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

const str = z.string().nullish();

const EventData = z.looseObject({
  page: z.looseObject({ url: str, title: str }).nullish(),
  source: str,
  medium: str,
  referrer: str,
  parentName: str,
});

export const Submission = z.looseObject({
  id: z.string(),
  contactId: str,
  createdAt: str,
  formId: str,
  surveyId: str,
  name: str,
  email: str,
  others: z.record(z.string(), z.unknown()).nullish(),
});
export type Submission = z.infer<typeof Submission>;

const List = z.object({ submissions: z.array(Submission).nullish() });
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

const eventOf = (s: Submission) => EventData.safeParse(s.others?.eventData).data;

async function flatten(kind: SubmissionKind, subs: Submission[], ctx: Ctx): Promise<Flat[]> {
  // The location's contact custom fields (kept in z.cache), looked up only when an answer is keyed
  // by an id. Not re-fetched for an unknown id (forms also carry ids that are no custom field, and
  // the window's submissions come back every poll): a field created minutes ago is output under
  // its id until the cached list expires.
  const hasIds = subs.some((s) => answerKeys(s.others ?? {}).some((k) => CUSTOM_ID.test(k)));
  const defs = hasIds ? await definitions(ctx, 'contact') : [];
  const known = new Set(defs.map((d) => d.id));
  return subs.map((s) => {
    const others = s.others ?? {};
    const event = eventOf(s);
    const answers: Flat = {};
    for (const key of answerKeys(others)) {
      if (known.has(key)) Object.assign(answers, namedValues([{ id: key, value: others[key] }], defs));
      else answers[fieldKey(key)] = plain(others[key]);
    }
    const address = ['address', 'city', 'state', 'postal_code', 'country']
      .map((k) => answers[fieldKey(k)])
      .filter((p) => typeof p === 'string' && p.trim())
      .join(', ');
    return {
      id: s.id,
      [`${kind}Id`]: (kind === 'form' ? s.formId : s.surveyId) ?? (typeof others[`${kind}Id`] === 'string' ? (others[`${kind}Id`] as string) : null),
      [`${kind}Name`]: event?.parentName ?? null,
      contactId: s.contactId ?? null,
      name: s.name ?? null,
      email: s.email ?? null,
      createdAt: s.createdAt ?? null,
      pageUrl: event?.page?.url ?? null,
      pageTitle: event?.page?.title ?? null,
      source: event?.source ?? null,
      referrer: event?.referrer ?? null,
      fullAddress: address || null,
      ...answers,
    };
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

const labels = (kind: SubmissionKind): PlainOutputField[] => {
  const Kind = kind === 'form' ? 'Form' : 'Survey';
  return [
    { key: 'id', label: 'Submission ID' },
    { key: `${kind}Id`, label: `${Kind} ID` },
    { key: `${kind}Name`, label: `${Kind} Name` },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'name', label: 'Submitter Name' },
    { key: 'email', label: 'Submitter Email' },
    { key: 'createdAt', label: 'Submitted At', type: 'datetime' },
    { key: 'pageUrl', label: 'Page URL' },
    { key: 'pageTitle', label: 'Page Title' },
    { key: 'source', label: 'Traffic Source' },
    { key: 'referrer', label: 'Referrer' },
    { key: 'fullAddress', label: 'Full Mailing Address (submitted)' },
    ...Object.entries(STANDARD).map(([k, label]) => ({ key: fieldKey(k), label: `Answer: ${label}` })),
  ];
};

const sample = (kind: SubmissionKind): Flat => ({
  id: kind === 'form' ? '38303ec7-629a-49e2-888a-cf8bf0b1f97e' : 'be759b9a-c3ec-4b29-ba07-fc3c89c77673',
  [`${kind}Id`]: kind === 'form' ? 'YSWdvS4Is98wtIDGnpmI' : 'jjusM6EOngDExnbo2DbU',
  [`${kind}Name`]: kind === 'form' ? 'Free Postcard Request' : 'Patient Satisfaction Survey',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Rosa Delgado',
  email: 'rosa.delgado@example.com',
  createdAt: '2025-03-14T15:04:05.000Z',
  pageUrl: 'https://delgadodental.example.com/free-postcard',
  pageTitle: 'Free Postcard',
  source: 'Direct traffic',
  referrer: 'https://www.google.com/',
  fullAddress: '3535 1st St N, Dolomite, AL, 35061, US',
  // No answers (`field_...`) and no custom fields: they depend on the form, and a sample holds only
  // keys every submission has (Zapier's sample data rules). The answers keep their output labels.
});

/** Everything a submissions trigger declares about its records and output, to spread into it. */
export const submissionOutputs = (kind: SubmissionKind) => ({
  ...windowOutputs<Submission>({
    items: (body) => parseResponse(List, body, `the ${kind} submissions list`).submissions ?? [],
    next,
    time: (s) => s.createdAt,
    flatten: (subs, ctx) => flatten(kind, subs, ctx),
  }),
  sample: sample(kind),
  outputFields: labels(kind),
  dynamicOutputFields: customOutputFields('contact'),
});
