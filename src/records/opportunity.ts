import { z } from 'zod';
import type { Bundle, PlainOutputField } from 'zapier-platform-core';
import { locationId, type Ctx, type RequestParts } from '../client';
import { userField } from '../common-fields';
import { customOutputFields, definitionsFor, namedValues, type CustomFieldValue } from '../custom-fields';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f } from '../fields';
import { changeId, type Flat, type Mapper } from '../operation';
import { parseResponse } from '../schemas';
import { cachedPipelines, namesOf, NO_NAMES, type PipelineNames } from './pipeline';

/**
 * Opportunities as a Zap step maps them: flat and labelled, with the names of their pipeline and
 * stage (from the location's pipelines, cached), the contact's name and email, and custom fields
 * by name.
 *
 * Money: HighLevel's opportunity has `monetaryValue` (a number) and no currency, and no version
 * of the location spec (GET /locations/{locationId}) has a currency field either. So the value is
 * output as a plain number in the location's own currency, labelled so; no currency is guessed.
 */
export const searchOpportunitiesEndpoint = endpoint('GET', '/opportunities/search', '2021-07-28', ['opportunities.readonly']);
export const getOpportunityEndpoint = endpoint('GET', '/opportunities/{id}', '2021-07-28', ['opportunities.readonly']);

/** The statuses an opportunity can have (the spec's enum also lists `all`, which is a search filter, not a status). */
export const OPPORTUNITY_STATUSES = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' } as const;
export type OpportunityStatus = keyof typeof OPPORTUNITY_STATUSES;

const str = z.string().nullish();

/** Custom values come back as `{ id, fieldValue }` (the spec) or `{ id, value }` / `{ id, field_value }`. */
const OpportunityCustomValue = z.looseObject({
  id: z.string(),
  fieldValue: z.unknown().optional(),
  value: z.unknown().optional(),
  field_value: z.unknown().optional(),
});

export const Opportunity = z.looseObject({
  id: z.string(),
  name: str,
  monetaryValue: z.union([z.number(), z.string()]).nullish(),
  pipelineId: str,
  pipelineStageId: str,
  assignedTo: str,
  status: str,
  source: str,
  lastStatusChangeAt: str,
  lastStageChangeAt: str,
  lastActionDate: str,
  createdAt: str,
  updatedAt: str,
  contactId: str,
  locationId: str,
  lostReasonId: str,
  contact: z
    .looseObject({ id: str, name: str, companyName: str, email: str, phone: str, tags: z.array(z.string()).nullish() })
    .nullish(),
  customFields: z.array(OpportunityCustomValue).nullish(),
  // The spec types followers as an array of arrays; HighLevel sends user ids.
  followers: z.array(z.unknown()).nullish(),
});
export type Opportunity = z.infer<typeof Opportunity>;

export const opportunityList = (body: unknown): Opportunity[] =>
  parseResponse(z.object({ opportunities: z.array(Opportunity).nullish() }), body, 'the opportunity search').opportunities ?? [];
export const opportunityRecord = (body: unknown): Opportunity =>
  parseResponse(z.object({ opportunity: Opportunity }), body, 'the opportunity request').opportunity;

const money = (v: number | string | null | undefined): number | null =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;

const customValues = (o: Opportunity): CustomFieldValue[] =>
  (o.customFields ?? []).map((c) => ({ id: c.id, value: c.fieldValue ?? c.value ?? c.field_value }));

export function flattenOpportunity(o: Opportunity, names: PipelineNames = NO_NAMES, defs: Parameters<typeof namedValues>[1] = []): Flat {
  return {
    id: o.id,
    name: o.name ?? null,
    status: o.status ?? null,
    monetaryValue: money(o.monetaryValue),
    pipelineId: o.pipelineId ?? null,
    pipelineName: names.pipeline(o.pipelineId),
    pipelineStageId: o.pipelineStageId ?? null,
    stageName: names.stage(o.pipelineStageId),
    contactId: o.contactId ?? o.contact?.id ?? null,
    contactName: o.contact?.name ?? null,
    contactEmail: o.contact?.email ?? null,
    contactPhone: o.contact?.phone ?? null,
    contactCompanyName: o.contact?.companyName ?? null,
    contactTags: o.contact?.tags ?? [],
    assignedTo: o.assignedTo ?? null,
    source: o.source || null,
    lostReasonId: o.lostReasonId ?? null,
    followers: (o.followers ?? []).filter((x): x is string => typeof x === 'string'),
    lastStatusChangeAt: o.lastStatusChangeAt ?? null,
    lastStageChangeAt: o.lastStageChangeAt ?? null,
    lastActionDate: o.lastActionDate ?? null,
    createdAt: o.createdAt ?? null,
    updatedAt: o.updatedAt ?? null,
    locationId: o.locationId ?? null,
    ...namedValues(customValues(o), defs),
  };
}

/**
 * Opportunities -> flat outputs. Custom-field definitions are fetched only when a record has
 * custom values; pipeline names come from the cached pipelines. After a write (`afterWrite`)
 * the name look-up is best effort: the opportunity was already written, so a failed look-up must
 * not fail the step (a re-run would write again); the names are then left empty.
 */
async function mapOpportunities(records: Opportunity[], ctx: Ctx, afterWrite: boolean): Promise<Flat[]> {
  if (records.length === 0) return [];
  const defs = await definitionsFor(ctx, 'opportunity', records.map((o) => ({ customFields: customValues(o) })));
  let names = NO_NAMES;
  try {
    names = namesOf(await cachedPipelines(ctx));
  } catch (err) {
    if (!afterWrite) throw err;
  }
  return records.map((o) => flattenOpportunity(o, names, defs));
}

export const opportunitiesOutput: Mapper<Opportunity> = (records, ctx) => mapOpportunities(records, ctx, false);
/** One written opportunity (create, update, upsert) -> its flat output. */
export const writtenOpportunity = async (o: Opportunity, ctx: Ctx): Promise<Flat> => (await mapOpportunities([o], ctx, true))[0]!;

export const opportunityOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Opportunity ID' },
  { key: 'name', label: 'Opportunity Name' },
  { key: 'status', label: 'Status (open, won, lost, abandoned)' },
  { key: 'monetaryValue', label: 'Monetary Value (in the location\'s currency)', type: 'number' },
  { key: 'pipelineId', label: 'Pipeline ID' },
  { key: 'pipelineName', label: 'Pipeline' },
  { key: 'pipelineStageId', label: 'Stage ID' },
  { key: 'stageName', label: 'Stage' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'contactEmail', label: 'Contact Email' },
  { key: 'contactPhone', label: 'Contact Phone' },
  { key: 'contactCompanyName', label: 'Contact Company Name' },
  { key: 'contactTags', label: 'Contact Tags' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'source', label: 'Source' },
  { key: 'lostReasonId', label: 'Lost Reason ID' },
  { key: 'followers', label: 'Follower User IDs' },
  { key: 'lastStatusChangeAt', label: 'Last Status Change', type: 'datetime' },
  { key: 'lastStageChangeAt', label: 'Last Stage Change', type: 'datetime' },
  { key: 'lastActionDate', label: 'Last Action', type: 'datetime' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  { key: 'locationId', label: 'Location ID' },
];

export const opportunitySample: Flat = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Delgado Dental - spring postcard run',
  status: 'open',
  monetaryValue: 1250,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineName: 'Direct Mail Sales',
  pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  stageName: 'Postcard Sent',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Rosa Delgado',
  contactEmail: 'rosa.delgado@example.com',
  contactPhone: '+15125550143',
  contactCompanyName: 'Delgado Dental',
  contactTags: ['new lead', 'postcard'],
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  source: 'Zapier',
  lostReasonId: null,
  followers: ['y0BeYjuRIlDwsDcOHOJo'],
  lastStatusChangeAt: '2025-03-14T15:04:05.000Z',
  lastStageChangeAt: '2025-03-15T09:30:00.000Z',
  lastActionDate: '2025-03-15T09:30:00.000Z',
  createdAt: '2025-03-14T15:04:05.000Z',
  updatedAt: '2025-03-15T09:30:00.000Z',
  locationId: 've9EPM428h8vShlRW1KT',
};

/** Everything an operation that outputs opportunities declares about its output, to spread into it. */
export const opportunityOutputs = {
  output: opportunitiesOutput,
  sample: opportunitySample,
  outputFields: opportunityOutputFields,
  dynamicOutputFields: customOutputFields('opportunity'),
};

/* ------------------------------------------------------------------------------------------ */
/* Inputs                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export const pipelineField = (helpText: string) =>
  f.id({ label: 'Pipeline', required: true, dynamic: 'pipelineDropdown.id.name', helpText });
export const optionalPipelineField = (helpText: string) => f.id({ label: 'Pipeline', dynamic: 'pipelineDropdown.id.name', helpText });
export const stageField = (helpText: string) => f.id({ label: 'Stage', dynamic: 'pipelineStageDropdown.id.name', helpText });

export const opportunityField = (helpText = 'The opportunity. Pick one, or map an Opportunity ID from an earlier step.') =>
  f.id({ label: 'Opportunity', required: true, dynamic: 'opportunityDropdown.id.name', search: 'findOpportunity.id', helpText });

export const lostReasonField = () =>
  f.id({ label: 'Lost Reason', dynamic: 'lostReasonDropdown.id.name', helpText: 'Why the opportunity was lost; only with status "Lost".' });

export const statusField = (helpText: string) => f.choice({ label: 'Status', choices: OPPORTUNITY_STATUSES, helpText });

/** The opportunity's own fields, all optional (Update and Upsert; Create makes name and status required). */
export const opportunityInputs = () => ({
  name: f.text({ label: 'Opportunity Name', helpText: 'A name for the deal, e.g. "Delgado Dental - spring postcard run".' }),
  pipelineStageId: stageField('The stage of the pipeline the opportunity is in (choose the pipeline first).'),
  status: statusField('Open, Won, Lost or Abandoned.'),
  monetaryValue: f.number({ label: 'Monetary Value', helpText: 'The deal value as a number in the location\'s currency, e.g. 1250.50 (no currency sign).' }),
  assignedTo: userField('Assigned User', 'The user who owns the opportunity.'),
});

/** An optional contact (the shared contactField is required). */
export const optionalContactField = (helpText: string) =>
  f.id({ label: 'Contact', dynamic: 'contactDropdown.id.name', search: 'findContact.id', helpText });

/** Cross-field rule of the status endpoints: a lost reason belongs to a lost opportunity. */
export function lostReasonOnlyWhenLost(status: string | undefined, lostReasonId: string | undefined): void {
  if (lostReasonId && status !== 'lost') {
    throw invalidInput({ key: 'lostReasonId', label: 'Lost Reason' }, 'can only be used with status "Lost"');
  }
}

/* ------------------------------------------------------------------------------------------ */
/* GET /opportunities/search                                                                   */
/* ------------------------------------------------------------------------------------------ */

export interface OpportunityFilter {
  pipelineId?: string | undefined;
  pipelineStageId?: string | undefined;
  status?: string | undefined;
  contactId?: string | undefined;
  assignedTo?: string | undefined;
  q?: string | undefined;
}

/**
 * The query of every opportunity search, newest first. The spec's `order` is a free string
 * (example `added_asc`); `added_desc` is the newest-first order (mapping report, section 7).
 * Without a status filter `status=all` is sent: the spec lists `all` as a filter value, so
 * HighLevel's default may be narrower, and a trigger must see won and lost opportunities too.
 */
export function opportunitySearchQuery(bundle: Bundle, filter: OpportunityFilter, limit: number): RequestParts['query'] {
  return {
    location_id: locationId(bundle),
    pipeline_id: filter.pipelineId,
    pipeline_stage_id: filter.pipelineStageId,
    contact_id: filter.contactId,
    assigned_to: filter.assignedTo,
    q: filter.q,
    status: filter.status ?? 'all',
    order: 'added_desc',
    limit,
  };
}

/**
 * Output of the "changed" triggers: the dedupe id is the opportunity id plus the time of its
 * last stage (or status) change, so each change fires once; the opportunity's own id stays in
 * `opportunityId`. Where HighLevel has no change time yet, the creation time stands in (the
 * opportunity entered its first stage and status when it was created). Newest change first.
 */
export const changedOutput =
  (field: 'lastStageChangeAt' | 'lastStatusChangeAt'): Mapper<Opportunity> =>
  async (records, ctx) => {
    const when = (o: Opportunity) => o[field] ?? o.createdAt ?? '';
    const sorted = [...records].sort((a, b) => when(b).localeCompare(when(a)));
    return (await opportunitiesOutput(sorted, ctx)).map((o, i) => ({
      ...o,
      opportunityId: o.id,
      id: changeId(String(o.id), when(sorted[i]!)),
    }));
  };

export const changedOutputs = (field: 'lastStageChangeAt' | 'lastStatusChangeAt', what: string) => ({
  output: changedOutput(field),
  sample: { ...opportunitySample, opportunityId: opportunitySample.id, id: changeId(String(opportunitySample.id), String(opportunitySample[field])) },
  outputFields: [
    { key: 'id', label: `Change ID (opportunity ID and ${what} change time)` },
    { key: 'opportunityId', label: 'Opportunity ID' },
    ...opportunityOutputFields.filter((o) => o.key !== 'id'),
  ],
  dynamicOutputFields: customOutputFields('opportunity'),
});
