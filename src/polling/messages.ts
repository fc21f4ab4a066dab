import { z } from 'zod';
import type { Paging } from '../operation';

/** The export's largest page (spec: limit 10..500). */
export const MAX_EXPORT_LIMIT = 500;

const Next = z.object({ nextCursor: z.string().nullish() });

/**
 * Later pages of GET /conversations/messages/export: the answer's `nextCursor` (null on the last
 * page), at the export's largest page size; the rest of the query (sort, channel) is kept.
 */
export const messageExportPaging: Paging<unknown> = {
  next: (body, current) => {
    const cursor = Next.safeParse(body).data?.nextCursor;
    if (!cursor) return null;
    return { ...current, query: { ...current.query, limit: MAX_EXPORT_LIMIT, cursor } };
  },
};
