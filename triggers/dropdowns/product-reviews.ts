import { defineListTrigger } from '../../src/operation';
import { listProductReviewsEndpoint, productReviewList } from '../../src/records/product-review';
import { altLocation } from '../../src/records/window';

const PAGE = 100;

/** Product reviews for the Review dropdown (hidden), newest first, 100 per "load more". */
export default defineListTrigger({
  key: 'productReviewDropdown',
  noun: 'Review',
  label: 'Product Reviews (Dropdown)',
  description: 'Triggers when the Review dropdown loads: lists product reviews, newest first.',
  hidden: true,
  canPaginate: true,
  endpoint: listProductReviewsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { ...altLocation(bundle), limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE, sortField: 'createdAt', sortOrder: 'desc' } }),
  records: productReviewList,
  output: (rows) => rows.map((r) => ({ id: r.id, name: [r.rating !== null ? `${r.rating}★` : '', r.headline ?? r.id, r.reviewerName ? `by ${r.reviewerName}` : ''].filter(Boolean).join(' ') })),
  sample: { id: '66e1b7c2f1a2b3c4d5e6f789', name: '5★ Whiter teeth in a week by Rosa Delgado' },
  outputFields: [
    { key: 'id', label: 'Review ID' },
    { key: 'name', label: 'Review' },
  ],
});
