import { dateRange } from '../date-range';
import { clone, intParam, opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import type { InvoiceRecord } from '../store';

/**
 * Invoices: the location's list (`altId` + `altType=location`), filtered by status, contact,
 * live/test mode, issue date (`startAt`..`endAt`, days included) and a search of the name,
 * number and billed contact; sorted by issue date when asked (`sortField=issueDate`, the only
 * sort the spec offers), else newest created first. `limit` and `offset` are required and typed
 * string in the spec, so they are checked as whole numbers here.
 */

export function invoiceRoutes({ store }: World): Route[] {
  return [
    route({
      method: 'GET',
      path: '/invoices/',
      version: V,
      query: {
        altId: req.string(),
        altType: req.string({ enum: ['location'] as const }),
        status: opt.string(),
        startAt: opt.string(),
        endAt: opt.string(),
        search: opt.string(),
        paymentMode: opt.string({ enum: ['default', 'live', 'test'] as const }),
        contactId: opt.string(),
        limit: req.string(),
        offset: req.string(),
        sortField: opt.string({ enum: ['issueDate'] as const }),
        sortOrder: opt.string({ enum: ['ascend', 'descend'] as const }),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        const limit = intParam(query.limit, 10, 'limit');
        const offset = intParam(query.offset, 0, 'offset');
        const issued = dateRange({ start: ['startAt', query.startAt], end: ['endAt', query.endAt] });
        const q = query.search?.trim().toLowerCase();
        const live = query.paymentMode === 'live' ? true : query.paymentMode === 'test' ? false : undefined;
        const dir = query.sortOrder === 'ascend' ? 1 : -1;
        const byCreated = (a: InvoiceRecord, b: InvoiceRecord) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id);
        const order = query.sortField === 'issueDate' ? (a: InvoiceRecord, b: InvoiceRecord) => (a.issueDate.localeCompare(b.issueDate) || byCreated(a, b)) * dir : (a: InvoiceRecord, b: InvoiceRecord) => -byCreated(a, b);
        const all = [...store.invoices.values()]
          .filter((i) => i.altId === query.altId)
          .filter((i) => !query.status || i.status === query.status)
          .filter((i) => !query.contactId || i.contactDetails.id === query.contactId)
          .filter((i) => live === undefined || i.liveMode === live)
          .filter((i) => issued(`${i.issueDate}T12:00:00Z`)) // a day: tested at its noon (UTC)
          .filter((i) => !q || [i.name, String(i.invoiceNumber), i.contactDetails.name, i.contactDetails.email].some((v) => v?.toLowerCase().includes(q)))
          .sort(order);
        return { invoices: all.slice(offset, offset + limit).map(clone), total: all.length };
      },
    }),
  ];
}
