import { z } from 'zod';
import type { Bundle, PlainOutputField } from 'zapier-platform-core';
import { locationId, type Ctx, type RequestParts } from '../client';
import { userField } from '../common-fields';
import { customOutputFields } from '../custom-fields';
import { assignedUserNameField, lostReasonNameField, pipelineNameFields, stageNameFields, withLostReasonNames, withPipelineNames, withUserNames } from '../enrich/kinds';
import { chain } from '../enrich/names';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f } from '../fields';
import { changeId, type Flat, type Mapper } from '../operation';
import { defineRecord, t, type Output } from '../record-table';
import { webLink } from '../web-link';

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

/**
 * One record table for every opportunity answer (GET /opportunities/search, GET and PUT
 * /opportunities/{id}, create, upsert, the instant events). Parsing is lenient: only the id is
 * required; the contact's details come from the nested `contact` (the search's
 * SearchOpportunitiesContactResponseSchema); custom values are `{ id, fieldValue }` (the spec)
 * or `{ id, value }` / `{ id, field_value }`; the spec types followers as an array of arrays,
 * HighLevel sends user ids (non-text items are dropped). The names next to the pipeline, stage,
 * assigned user and lost reason IDs are filled after parsing (src/enrich/kinds.ts).
 */
export const opportunityTable = defineRecord(
  {
    id: { label: 'Opportunity ID', type: t.text, sample: 'yWQobCRIhRguQtD2llvk' },
    name: { label: 'Opportunity Name', type: t.text, sample: 'Delgado Dental - spring postcard run' },
    status: { label: 'Status (open, won, lost, abandoned)', type: t.text, sample: 'open' },
    monetaryValue: { label: 'Monetary Value (in the location\'s currency)', type: t.number, sample: 1250 },
    pipelineId: { label: 'Pipeline ID', type: t.text, sample: 'VDm7RPYC2GLUvdpKmBfC' },
    ...pipelineNameFields,
    pipelineStageId: { label: 'Stage ID', type: t.text, sample: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69' },
    ...stageNameFields,
    contactId: { label: 'Contact ID', type: t.text, from: ['contactId', 'contact.id'], sample: 'seD4PfOuKoVMLkEZqohJ' },
    contactName: { label: 'Contact Name', type: t.text, from: 'contact.name', sample: 'Rosa Delgado' },
    contactEmail: { label: 'Contact Email', type: t.text, from: 'contact.email', sample: 'rosa.delgado@example.com' },
    contactPhone: { label: 'Contact Phone', type: t.text, from: 'contact.phone', sample: '+15125550143' },
    contactCompanyName: { label: 'Contact Company Name', type: t.text, from: 'contact.companyName', sample: 'Delgado Dental' },
    contactTags: { label: 'Contact Tags', type: t.strings, from: 'contact.tags', sample: ['new lead', 'postcard'] },
    assignedTo: { label: 'Assigned User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo' },
    ...assignedUserNameField,
    source: { label: 'Source', type: t.nonEmptyText, sample: 'Zapier' },
    lostReasonId: { label: 'Lost Reason ID', type: t.text, sample: null },
    ...lostReasonNameField,
    followers: { label: 'Follower User IDs', type: t.strings, sample: ['y0BeYjuRIlDwsDcOHOJo'] },
    lastStatusChangeAt: { label: 'Last Status Change', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    lastStageChangeAt: { label: 'Last Stage Change', type: t.datetime, sample: '2025-03-15T09:30:00.000Z' },
    lastActionDate: { label: 'Last Action', type: t.datetime, sample: '2025-03-15T09:30:00.000Z' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-15T09:30:00.000Z' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    webUrl: webLink('Opportunity URL (in HighLevel)', (id) => `opportunities/list/${id}?tab=OpportunityDetails`, 'yWQobCRIhRguQtD2llvk'),
  },
  { name: 'opportunity', customFields: { model: 'opportunity', sample: {} } },
);
export type Opportunity = Output<typeof opportunityTable.fields>;

/**
 * The opportunity parser as a zod schema, for code that reads an opportunity inside a larger
 * answer with `parseResponse` (the instant events). It fails only where the table does.
 */
export const Opportunity = z.unknown().transform((raw): Opportunity => opportunityTable.parse(raw, '', 'the opportunity'));

export const opportunityList = opportunityTable.list('opportunities', 'the opportunity search');
export const opportunityRecord = opportunityTable.one('opportunity', 'the opportunity request');

/** The names next to the IDs: pipeline and stage, assigned user, lost reason (one request per kind at most, cached). */
const named = (bestEffort: boolean) => chain(withPipelineNames({ bestEffort }), withUserNames('assignedTo', 'assignedUserName', { bestEffort }), withLostReasonNames({ bestEffort }));
const readNames = named(false);
/**
 * After a write the names are best effort: the opportunity was already written, so a failed
 * look-up must not fail the step (a re-run would write again); the names are then left empty.
 */
const writeNames = named(true);

export const opportunitiesOutput: Mapper<Opportunity> = async (records, ctx) => readNames(await opportunityTable.output(records, ctx), ctx);
/** One written opportunity (create, update, upsert) -> its flat output. */
export const writtenOpportunity = async (o: Opportunity, ctx: Ctx): Promise<Flat> => (await writeNames(await opportunityTable.output([o], ctx), ctx))[0] ?? {};

export const opportunityOutputFields: PlainOutputField[] = opportunityTable.outputFields;
export const opportunitySample: Flat = opportunityTable.sample;

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
    const when = (o: Opportunity): string => o[field] ?? o.createdAt ?? '';
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
