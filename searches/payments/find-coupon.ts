import { callApi } from '../../src/client';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { couponList, couponOutputs, listCouponsEndpoint, type Coupon } from '../../src/records/coupon';
import { altLocation } from '../../src/records/window';

const PAGE = 100;
const MAX_PAGES = 10;

/**
 * Find Coupon (by code): GET /payments/coupon/list?search=<code> (HighLevel matches part of the
 * code or name), page by page (limit/offset 100, at most 10 pages), keeping the exact code,
 * ignoring case. GET /payments/coupon is not used: the spec requires both the id and the code.
 */
export default defineSearch({
  key: 'findCoupon',
  noun: 'Coupon',
  label: 'Find Coupon',
  description: 'Finds a coupon by its code (case does not matter), with its discount, dates, status and how often it was used, e.g. to check a code is still active.',
  endpoint: listCouponsEndpoint,
  inputs: { code: f.text({ label: 'Coupon Code', required: true, helpText: 'The exact code buyers enter, e.g. SPRING10.' }) },
  records: couponList,
  perform: async (ctx) => {
    const code = ctx.input.code.trim();
    const found: Coupon[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = { ...altLocation(ctx.bundle), search: code, limit: PAGE, offset: page * PAGE };
      const items = couponList(await callApi(ctx, listCouponsEndpoint, { query }));
      found.push(...items.filter((c) => (c.code ?? '').toLowerCase() === code.toLowerCase()));
      if (found.length > 0 || items.length < PAGE) break;
    }
    return found;
  },
  ...couponOutputs,
});
