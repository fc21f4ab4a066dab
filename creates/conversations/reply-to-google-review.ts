import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { conversationField } from '../../src/records/conversation';
import { reviewReplyEndpoint } from '../../src/records/conversation-writes';
import { sentMessageResult } from '../../src/records/sent-message';

/**
 * Reply To Google Review: POST /conversations/messages/review-reply. The conversation must be a
 * Google review's (the spec: "must have reviewId"); HighLevel refuses others with its own error.
 * The answer is the send answer (message id, conversation, status).
 */
export default defineAction({
  key: 'replyToGoogleReview',
  noun: 'Review Reply',
  label: 'Reply To Google Review',
  description: 'Posts a public reply to a customer\'s Google review from the review\'s conversation, e.g. a thank-you written by an AI step.',
  endpoint: reviewReplyEndpoint,
  inputs: {
    conversationId: conversationField('The review\'s conversation (a Google review conversation in the inbox). Pick one, or map its Conversation ID.'),
    message: f.longText({ label: 'Reply', required: true, helpText: 'The reply, shown publicly under the review on Google.' }),
  },
  request: (i, { bundle }) => ({ body: { conversationId: i.conversationId, locationId: locationId(bundle), message: i.message } }),
  output: (body, ctx) => sentMessageResult.output(body, ctx),
  sample: sentMessageResult.sample,
  outputFields: sentMessageResult.outputFields,
});
