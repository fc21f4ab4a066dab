import { defineListTrigger, pollLimit } from '../../src/operation';
import { listProductReviewsEndpoint, productReviewList, productReviewOutputs } from '../../src/records/product-review';
import { altLocation } from '../../src/records/window';

/**
 * New Product Review: GET /products/reviews?altId&altType=location, newest first
 * (sortField=createdAt&sortOrder=desc), one request per poll; Zapier dedupes on the review id, so
 * each review fires once, whatever its moderation status (a Filter on Status keeps "approved").
 */
export default defineListTrigger({
  key: 'newProductReview',
  noun: 'Review',
  label: 'New Product Review',
  description: 'Triggers when a customer leaves a review of one of your store\'s products, with the rating, the text and the reviewer, e.g. to thank them or flag low ratings.',
  endpoint: listProductReviewsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { ...altLocation(bundle), limit: pollLimit(bundle), offset: 0, sortField: 'createdAt', sortOrder: 'desc' } }),
  records: productReviewList,
  ...productReviewOutputs,
});
