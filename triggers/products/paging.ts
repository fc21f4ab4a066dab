import type { Paging } from '../../src/operation';

/** limit/offset paging of the products lists: the next page while a page came back full. */
export const offsetPaging = <B>(page: number): Paging<B> => ({
  next: (_body, current, { pageItems }) =>
    pageItems < page ? null : { ...current, query: { ...current.query, offset: Number(current.query?.offset ?? 0) + page } },
});
