import { defineAction } from '../../src/operation';
import { messageConversationField, messageField } from '../../src/records/message';
import { cancelResult, cancelScheduledMessageEndpoint, checkCancelled } from '../../src/records/sent-message';

/**
 * Cancel Scheduled Message: DELETE /conversations/messages/{messageId}/schedule. HighLevel
 * answers 200 with `{ status, message }` even when it could not cancel (status 404: already sent
 * or not scheduled); that answer is an error here, so the Zap does not carry on as if cancelled.
 */
export default defineAction({
  key: 'cancelScheduledMessage',
  noun: 'Scheduled Message',
  label: 'Cancel Scheduled Message',
  description: 'Cancels a message scheduled with Send SMS or Send Message (Send At) before it goes out, e.g. when the appointment it reminds of is cancelled. A cancelled message cannot be restored.',
  endpoint: cancelScheduledMessageEndpoint,
  inputs: {
    conversationId: messageConversationField(),
    messageId: messageField('The scheduled message: map the Message ID that Send SMS / Send Message returned, or pick it from the conversation above.'),
  },
  output: (body, ctx) => {
    checkCancelled(body, 'scheduled message');
    return { messageId: ctx.input.messageId, ...cancelResult.output(body, ctx) };
  },
  sample: { messageId: 't22c6DQcTDf3MjRhwf77', ...cancelResult.sample },
  outputFields: [{ key: 'messageId', label: 'Message ID' }, ...cancelResult.outputFields],
});
