import { locationId, type Ctx, type RequestParts } from './client';
import { pollLimit } from './operation';
import { endpoint } from './endpoint';

/**
 * POST /contacts/search. The spec's body schema is empty; the body below follows HighLevel's
 * "Contacts Search API" doc as summarised in ../shared/ghl-api/FACTS.md. Kept in this one
 * module so it is easy to correct if HighLevel's live behaviour differs.
 */
export const searchContactsEndpoint = endpoint('POST', '/contacts/search', '2021-07-28', ['contacts.readonly'], { readOnly: true });

export type SearchOperator = 'eq' | 'not_eq' | 'contains' | 'not_contains' | 'exists' | 'not_exists';
export interface SearchFilter {
  field: string;
  operator: SearchOperator;
  value?: string | boolean;
}
export type SortField = 'dateAdded' | 'dateUpdated';

export interface SearchBody {
  locationId: string;
  /** At most 500. */
  pageLimit: number;
  page?: number;
  query?: string;
  filters?: SearchFilter[];
  sort?: { field: SortField; direction: 'asc' | 'desc' }[];
}

/** HighLevel caps full-text queries and filter values at 75 characters. */
export const MAX_SEARCH_TEXT = 75;

/** Newest first by the given date, the order every contact poll uses. */
export const newestFirst = (field: SortField): SearchBody['sort'] => [{ field, direction: 'desc' }];

/**
 * The request of every "newest contacts" poll: one page, sorted newest first by `field`, as many
 * as one poll may return (a few while the Zap editor loads a sample).
 */
export const newestContactsRequest =
  (field: SortField) =>
  (_input: unknown, { bundle }: Ctx): RequestParts => ({
    body: { locationId: locationId(bundle), pageLimit: pollLimit(bundle), page: 1, sort: newestFirst(field) } satisfies SearchBody,
  });
