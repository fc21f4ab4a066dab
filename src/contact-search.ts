import { z } from 'zod';
import { locationId, type Ctx, type RequestParts } from './client';
import { endpoint } from './endpoint';
import { pollLimit, type Paging } from './operation';

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
  /** Standard paging (up to 10,000 records); not together with `searchAfter`. */
  page?: number;
  /** The cursor the last item of the previous page carries. */
  searchAfter?: (string | number | null)[];
  query?: string;
  filters?: SearchFilter[];
  sort?: { field: SortField; direction: 'asc' | 'desc' }[];
}

/** HighLevel caps full-text queries and filter values at 75 characters. */
export const MAX_SEARCH_TEXT = 75;
/** HighLevel's largest `pageLimit`. */
export const MAX_PAGE_LIMIT = 500;

/** Newest first by the given date, the order every contact poll uses. */
export const newestFirst = (field: SortField): SearchBody['sort'] => [{ field, direction: 'desc' }];

/**
 * The first request of every "newest contacts" poll: one page, sorted newest first by `field`, as
 * many as one poll may return (a few while the Zap editor loads a sample). That page is what an
 * idle poll costs; `contactSearchPaging` reads on while pages are recent.
 */
export const newestContactsRequest =
  (field: SortField) =>
  (_input: unknown, { bundle }: Ctx): RequestParts => ({
    body: { locationId: locationId(bundle), pageLimit: pollLimit(bundle), page: 1, sort: newestFirst(field) } satisfies SearchBody,
  });

const Cursor = z.array(z.union([z.string(), z.number(), z.null()]));
const Page = z.object({ contacts: z.array(z.object({ searchAfter: Cursor.nullish() }).loose()).nullish() });

/**
 * Later pages of a contacts search: the `searchAfter` cursor of the page's last contact (which
 * works past HighLevel's 10,000-record limit of `page`, and is not sent with `page`), at
 * HighLevel's largest page size. No cursor, or a short page: that was the last page.
 */
export const contactSearchPaging: Paging<unknown> = {
  next: (body, current, { pageItems }) => {
    const sent = (current.body ?? {}) as Partial<SearchBody>;
    const contacts = Page.safeParse(body).data?.contacts ?? [];
    const cursor = contacts[contacts.length - 1]?.searchAfter;
    if (!cursor || pageItems < Number(sent.pageLimit)) return null;
    const { page: _page, ...rest } = sent;
    return { ...current, body: { ...rest, pageLimit: MAX_PAGE_LIMIT, searchAfter: cursor } };
  },
};
