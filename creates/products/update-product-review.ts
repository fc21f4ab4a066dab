import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { productField } from '../../src/records/product';
import { productReviewField, REVIEW_STATUSES } from '../../src/records/product-review';
import { statusFlagOf } from '../../src/records/result';
import { altLocation } from '../../src/records/window';

/**
 * Update Product Review: PUT /products/reviews/{reviewId} (UpdateProductReviewDto: altId, altType,
 * productId and status required; rating, headline and detail optional). Moderation is the Zap
 * case (approve or reject a review); answers `{ status, message }`.
 */
export default defineAction({
  key: 'updateProductReview',
  noun: 'Review',
  label: 'Update Product Review',
  description: 'Updates a customer\'s product review: approves (publishes) or rejects it, and can correct its rating, headline or text.',
  endpoint: endpoint('PUT', '/products/reviews/{reviewId}', '2021-07-28', ['products.write']),
  inputs: {
    reviewId: productReviewField('The review to change. Pick one, or map a Review ID (from New Product Review).'),
    productId: productField(),
    status: f.choice({ label: 'Status', required: true, choices: REVIEW_STATUSES, helpText: 'Approved shows the review in the store; Rejected hides it.' }),
    rating: f.number({ label: 'Rating', helpText: 'A corrected rating from 1 to 5. Unchanged when blank.' }),
    headline: f.text({ label: 'Headline', helpText: 'A corrected headline. Unchanged when blank.' }),
    detail: f.longText({ label: 'Review', helpText: 'A corrected review text. Unchanged when blank.' }),
  },
  request: ({ reviewId: _r, ...input }, { bundle }) => {
    if (input.rating !== undefined && !(Number.isInteger(input.rating) && input.rating >= 1 && input.rating <= 5)) {
      throw invalidInput({ key: 'rating', label: 'Rating' }, `must be a whole number from 1 to 5, got ${input.rating}`);
    }
    return { body: { ...altLocation(bundle), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } };
  },
  output: (body, { input }) => ({ reviewId: input.reviewId, status: input.status, succeeded: statusFlagOf(body) }),
  sample: { reviewId: '66e1b7c2f1a2b3c4d5e6f789', status: 'approved', succeeded: true },
  outputFields: [
    { key: 'reviewId', label: 'Review ID' },
    { key: 'status', label: 'Status' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
