import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { V } from '../../src/records/conversation';
import { messageConversationField, messageField } from '../../src/records/message';
import { parseResponse } from '../../src/schemas';

/**
 * Update Message Status: PUT /conversations/messages/{messageId}/status, the status of a message
 * as a custom conversation provider reports it. The spec allows exactly delivered, failed,
 * pending and read; there is no "unread" message status (mapping report). Conversation-level
 * unread is PUT /conversations/{id} with `unreadCount`, which the catalog does not list; the help
 * text says so. The provider error (code, type, message: all three, as the spec requires them
 * together) is sent only with "failed".
 */
export default defineAction({
  key: 'updateMessageStatus',
  noun: 'Message Status',
  label: 'Update Message Status',
  description: 'Updates a message\'s status (delivered, failed, pending or read), e.g. to report delivery or reading from a custom SMS or email provider.',
  endpoint: endpoint('PUT', '/conversations/messages/{messageId}/status', V, ['conversations/message.write']),
  inputs: {
    conversationId: messageConversationField(),
    messageId: messageField(),
    status: f.choice({
      label: 'Status',
      required: true,
      choices: { delivered: 'Delivered', failed: 'Failed', pending: 'Pending', read: 'Read' },
      helpText:
        'The message\'s new delivery status. "Read" means the recipient has read the message (HighLevel shows it as read). HighLevel has no "unread" status for a message: whether a conversation shows as unread in the inbox depends on the conversation\'s unread count (HighLevel\'s conversation update, unreadCount), which this action does not change.',
    }),
    errorCode: f.text({ label: 'Error Code', helpText: 'With "Failed": the provider\'s error code, e.g. 30003.' }),
    errorType: f.text({ label: 'Error Type', helpText: 'With "Failed": the provider\'s error type, e.g. saas or carrier.' }),
    errorMessage: f.text({ label: 'Error Message', helpText: 'With "Failed": why the message failed, shown in HighLevel.' }),
    emailMessageId: f.id({ label: 'Email Message ID', helpText: 'For email messages: the email message ID whose status this is.' }),
  },
  request: ({ status, errorCode, errorType, errorMessage, emailMessageId }) => {
    const errorFields = [
      ['errorCode', 'Error Code', errorCode],
      ['errorType', 'Error Type', errorType],
      ['errorMessage', 'Error Message', errorMessage],
    ] as const;
    const given = errorFields.filter(([, , v]) => v !== undefined).length;
    const missing = errorFields.find(([, , v]) => v === undefined);
    if (given && status !== 'failed') throw invalidInput({ key: 'status', label: 'Status' }, 'must be "failed" when an error code, type or message is given');
    if (given && missing) throw invalidInput({ key: missing[0], label: missing[1] }, 'is required with the other error fields (code, type and message go together)');
    const error = given ? { error: { code: errorCode, type: errorType, message: errorMessage } } : {};
    return { body: { status, ...error, ...(emailMessageId ? { emailMessageId } : {}) } };
  },
  output: (body, { input }) => {
    const r = parseResponse(
      z.looseObject({ messageId: z.string().nullish(), conversationId: z.string().nullish(), status: z.string().nullish(), emailMessageId: z.string().nullish() }),
      body ?? {},
      'the message status update',
    );
    return {
      messageId: r.messageId ?? input.messageId,
      conversationId: r.conversationId ?? null,
      status: r.status ?? input.status,
      emailMessageId: r.emailMessageId ?? null,
    };
  },
  sample: { messageId: 't22c6DQcTDf3MjRhwf77', conversationId: 'ABC12h2F6uBrIkfXYazb', status: 'read', emailMessageId: null },
  outputFields: [
    { key: 'messageId', label: 'Message ID' },
    { key: 'conversationId', label: 'Conversation ID' },
    { key: 'status', label: 'Status' },
    { key: 'emailMessageId', label: 'Email Message ID' },
  ],
});
