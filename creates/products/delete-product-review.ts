import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { productField } from '../../src/records/product';
import { productReviewField } from '../../src/records/product-review';
import { statusFlagOf } from '../../src/records/result';
import { altLocation } from '../../src/records/window';

/** DELETE /products/reviews/{reviewId}?altId&altType=location&productId (all required): answers `{ status, message }`. */
export default defineAction({
  key: 'deleteProductReview',
  noun: 'Review',
  label: 'Delete Product Review',
  description: 'Deletes a customer\'s product review from your store, e.g. spam. This cannot be undone.',
  endpoint: endpoint('DELETE', '/products/reviews/{reviewId}', '2021-07-28', ['products.write']),
  inputs: {
    reviewId: productReviewField('The review to delete permanently. Pick one, or map a Review ID.'),
    productId: productField(),
  },
  request: (input, { bundle }) => ({ query: { ...altLocation(bundle), productId: input.productId } }),
  output: (body, { input }) => ({ reviewId: input.reviewId, succeeded: statusFlagOf(body) }),
  sample: { reviewId: '66e1b7c2f1a2b3c4d5e6f789', succeeded: true },
  outputFields: [
    { key: 'reviewId', label: 'Deleted Review ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
