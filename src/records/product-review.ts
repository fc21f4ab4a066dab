import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t } from '../record-table';

/**
 * Product reviews (GET /products/reviews, products.json): the spec types the list's items only
 * as "array", so the fields are those of its review writes (UpdateProductReviewDto: rating,
 * headline, detail, status, productId) and ProductReviewDto's `comment` and `user` (name, email,
 * phone), read leniently; the reviewer's text is `detail`, else `comment`.
 */
export const listProductReviewsEndpoint = endpoint('GET', '/products/reviews', '2021-07-28', ['products.readonly']);

export const productReviewTable = defineRecord(
  {
    id: { label: 'Review ID', type: t.text, from: ['_id', 'id'], sample: '66e1b7c2f1a2b3c4d5e6f789', important: true },
    rating: { label: 'Rating', type: t.number, sample: 5, important: true },
    headline: { label: 'Headline', type: t.text, sample: 'Whiter teeth in a week' },
    detail: { label: 'Review', type: t.text, from: ['detail', 'comment'], sample: 'Easy to use and no sensitivity. Will order again.' },
    status: { label: 'Status', type: t.text, sample: 'pending' },
    productId: { label: 'Product ID', type: t.text, sample: '655b33a82209e60b6adb87a5' },
    reviewerName: { label: 'Reviewer Name', type: t.text, from: ['user.name'], sample: 'Rosa Delgado' },
    reviewerEmail: { label: 'Reviewer Email', type: t.text, from: ['user.email'], sample: 'rosa.delgado@example.com' },
    reviewerPhone: { label: 'Reviewer Phone', type: t.text, from: ['user.phone'], sample: '+15125550143' },
    isCustomer: { label: 'Verified Customer', type: t.boolean, from: ['user.isCustomer'], sample: true },
    locationId: { label: 'Location ID', type: t.text, from: ['altId', 'locationId'], sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-15T17:20:00.000Z' },
  },
  { name: 'product review' },
);
export const productReviewList = productReviewTable.list('data', 'the product review list');
export const productReviewOutputs = productReviewTable.outputs;

/** The Review input, with its dropdown. */
export const productReviewField = (helpText: string) =>
  f.id({ label: 'Review', required: true, dynamic: 'productReviewDropdown.id.name', helpText });

/** The moderation states of a review (the reviews list's `status` filter values). */
export const REVIEW_STATUSES = { approved: 'Approved (published)', rejected: 'Rejected (hidden)', pending: 'Pending' } as const;
