import type { Bundle } from 'zapier-platform-core';
import { locationId, type RequestParts } from '../client';
import { endpoint } from '../endpoint';
import { pollLimit, type Paging } from '../operation';

/**
 * The "changed" opportunity triggers read POST /opportunities/search (the spec's
 * search-opportunities-advanced), sorted newest first by the change they watch. The spec's body
 * schema lists only locationId, query, limit, page, searchAfter and additionalDetails (all marked
 * required); `filters` and `sort` come from HighLevel's "Opportunities Search API" doc that the
 * spec links (externalDocs, doc.clickup.com/8631005/d/h/87cpx-424216/7bf11bc9b94f80f): filters
 * `[{ field, operator, value }]` on pipeline_id, pipeline_stage_id, status, ...; sort fields
 * date_added, date_updated, last_stage_change_date, last_status_change_date; limit up to 500;
 * page paging up to 10,000 records. GET /opportunities/search only orders by creation
 * (`order=added_desc`), so an older deal that moved was never among its newest 100.
 * Not verified live (no account here): the field names are the doc's.
 */
export const opportunitySearchEndpoint = endpoint('POST', '/opportunities/search', '2021-07-28', ['opportunities.readonly'], { readOnly: true });

export type ChangeSort = 'last_stage_change_date' | 'last_status_change_date';

interface Filter {
  field: 'pipeline_id' | 'pipeline_stage_id' | 'status';
  operator: 'eq';
  value: string;
}

export interface OpportunitySearchBody {
  locationId: string;
  query: string;
  limit: number;
  page: number;
  searchAfter: string[];
  filters: Filter[];
  sort: { field: ChangeSort; direction: 'desc' }[];
  additionalDetails: { notes: boolean; tasks: boolean; calendarEvents: boolean; unReadConversations: boolean };
}

/** The first page of opportunities, most recently changed first, in the chosen pipeline / stage / status. */
export function changedOpportunitiesRequest(sort: ChangeSort, filter: { pipelineId?: string; pipelineStageId?: string; status?: string }, bundle: Bundle): RequestParts {
  const filters: Filter[] = [];
  if (filter.pipelineId) filters.push({ field: 'pipeline_id', operator: 'eq', value: filter.pipelineId });
  if (filter.pipelineStageId) filters.push({ field: 'pipeline_stage_id', operator: 'eq', value: filter.pipelineStageId });
  if (filter.status) filters.push({ field: 'status', operator: 'eq', value: filter.status });
  const body: OpportunitySearchBody = {
    locationId: locationId(bundle),
    query: '',
    limit: pollLimit(bundle),
    page: 1,
    // The spec marks it required; an empty cursor means standard (page) paging.
    searchAfter: [],
    filters,
    sort: [{ field: sort, direction: 'desc' }],
    additionalDetails: { notes: false, tasks: false, calendarEvents: false, unReadConversations: false },
  };
  return { body };
}

/** The next page (`page` + 1) while the page was full. */
export const opportunitySearchPaging: Paging<unknown> = {
  next: (_body, current, { pageItems }) => {
    const sent = (current.body ?? {}) as Partial<OpportunitySearchBody>;
    if (pageItems < Number(sent.limit)) return null;
    return { ...current, body: { ...sent, page: (Number(sent.page) || 1) + 1 } };
  },
};
