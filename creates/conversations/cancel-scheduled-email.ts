import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { cancelResult, cancelScheduledEmailEndpoint, checkCancelled } from '../../src/records/sent-message';

/**
 * Cancel Scheduled Email: DELETE /conversations/messages/email/{emailMessageId}/schedule (the
 * email's own id, `emailMessageId` of Send Email's answer, not the conversation message id).
 * The spec gives the endpoint no Version header and no scopes: those of the message
 * cancellation (2021-04-15, conversations/message.write) are used. A 200 whose body says a
 * status of 400 or more is an error (not cancelled).
 */
export default defineAction({
  key: 'cancelScheduledEmail',
  noun: 'Scheduled Email',
  label: 'Cancel Scheduled Email',
  description: 'Cancels an email scheduled with Send Email (Send At) before it is sent. A cancelled email cannot be restored.',
  endpoint: cancelScheduledEmailEndpoint,
  inputs: {
    emailMessageId: f.id({
      label: 'Email Message ID',
      required: true,
      helpText: 'The scheduled email: map the Email Message ID that Send Email returned (not its Message ID).',
    }),
  },
  output: (body, ctx) => {
    checkCancelled(body, 'scheduled email');
    return { emailMessageId: ctx.input.emailMessageId, ...cancelResult.output(body, ctx) };
  },
  sample: { emailMessageId: 'rnGyqh2F6uBrIkfhFo9A', ...cancelResult.sample },
  outputFields: [{ key: 'emailMessageId', label: 'Email Message ID' }, ...cancelResult.outputFields],
});
