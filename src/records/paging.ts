import type { Paging } from '../operation';

/**
 * Offset paging for endpoints that take `limit` plus `skip` or `offset` (associations, relations,
 * locations, blogs): the next page starts after this one, and a short page is the last. The rest
 * of the query is kept. (A general helper; it would fit in src/operation.ts next to `Paging`.)
 */
export const offsetPaging = <B>(param: 'skip' | 'offset'): Paging<B> => ({
  next: (_body, current, { pageItems }) => {
    const limit = Number(current.query?.limit);
    if (!limit || pageItems < limit) return null;
    return { ...current, query: { ...current.query, [param]: (Number(current.query?.[param]) || 0) + pageItems } };
  },
});
