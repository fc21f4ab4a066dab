import { defineListTrigger } from '../../src/operation';
import { couponList, listCouponsEndpoint } from '../../src/records/coupon';
import { altLocation } from '../../src/records/window';

const PAGE = 100;

/** Coupons for the Coupon dropdown (hidden): "CODE (name)", 100 per "load more". */
export default defineListTrigger({
  key: 'couponDropdown',
  noun: 'Coupon',
  label: 'Coupons (Dropdown)',
  description: 'Triggers when the Coupon dropdown loads: lists coupons.',
  hidden: true,
  canPaginate: true,
  endpoint: listCouponsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { ...altLocation(bundle), limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE } }),
  records: couponList,
  output: (coupons) => coupons.map((c) => ({ id: c.id, name: c.name && c.name !== c.code ? `${c.code ?? c.id} (${c.name})` : (c.code ?? c.id) })),
  sample: { id: '67f6c132d9485f9dacd5f123', name: 'SPRING10 (Spring Whitening Sale)' },
  outputFields: [
    { key: 'id', label: 'Coupon ID' },
    { key: 'name', label: 'Coupon' },
  ],
});
