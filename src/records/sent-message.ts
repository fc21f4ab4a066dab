import { errors } from 'zapier-platform-core';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f } from '../fields';
import { defineResult, isRecord, readAs, t } from '../record-table';
import { V } from './conversation';

/**
 * Sending messages (POST /conversations/messages) and cancelling scheduled ones. Shared by Send
 * SMS, Send Email and Send Message (the other channels).
 *
 * Decisions where the spec is unclear:
 * - The spec marks `subType` and `status` as required in the send body; they describe a message
 *   HighLevel records, not one the caller asks it to send (HighLevel's own examples and every
 *   client we found send type, contactId and the content only), so neither is sent. The spec
 *   check of the tests lists this exception (test/support/spec.ts).
 * - Scheduling: `scheduledTimestamp` is UTC epoch SECONDS (spec); the Send At input takes any
 *   date-time and converts it. A time in the past is refused (HighLevel would send at once).
 * - Google Business (GMB) is not offered as a send channel: the spec's `type` enum has no GMB
 *   (only the answer mentions it), and Google ended Business Messages chat in July 2024. Replies
 *   to Google reviews are POST /conversations/messages/review-reply (see the reasons file).
 */

export const sendMessageEndpoint = endpoint('POST', '/conversations/messages', V, ['conversations/message.write']);
export const cancelScheduledMessageEndpoint = endpoint('DELETE', '/conversations/messages/{messageId}/schedule', V, ['conversations/message.write']);
/** The spec gives this endpoint no Version and no scopes; those of its sibling are used. */
export const cancelScheduledEmailEndpoint = endpoint('DELETE', '/conversations/messages/email/{emailMessageId}/schedule', V, ['conversations/message.write']);

/** The send answer: the message (or, for several recipients, its ids), its conversation and status. */
export const sentMessageResult = defineResult(
  {
    messageId: { label: 'Message ID', type: t.text, sample: 't22c6DQcTDf3MjRhwf77' },
    conversationId: { label: 'Conversation ID', type: t.text, sample: 'ABC12h2F6uBrIkfXYazb' },
    emailMessageId: { label: 'Email Message ID', type: t.text, sample: null },
    messageIds: { label: 'Message IDs', type: t.strings, sample: [] },
    status: { label: 'Status', type: t.text, sample: 'pending' },
    note: { label: 'HighLevel Note', type: t.text, from: 'msg', sample: 'Message queued successfully.' },
  },
  { name: 'the sent message', what: 'the sent message' },
);

export const messageTextField = (required: boolean, helpText: string) =>
  required ? f.longText({ label: 'Message', required: true, helpText }) : f.longText({ label: 'Message', helpText });

export const attachmentsField = () =>
  f.list({
    label: 'Attachment URLs',
    helpText:
      'Public links (https) of files to attach, one per item, e.g. `https://example.com/brochure.pdf`. To attach a file from an earlier step, first upload it with Upload Message Attachment (or Upload File To Media Library) and map its URL here.',
  });

export const sendAtField = () =>
  f.datetime({
    label: 'Send At',
    helpText: 'Schedule the message for this date and time instead of sending it now (e.g. 2025-03-14T09:00:00-05:00). Leave blank to send at once. A scheduled message can be cancelled with Cancel Scheduled Message.',
  });

/** `scheduledTimestamp` (epoch seconds) for a Send At input; a moment in the past is refused. */
export function scheduledTimestamp(sendAt: string | undefined, now: number): { scheduledTimestamp?: number } {
  if (sendAt === undefined) return {};
  const ms = Date.parse(sendAt);
  if (ms <= now) throw invalidInput({ key: 'sendAt', label: 'Send At' }, `must be in the future to schedule the message, got ${sendAt} (leave it blank to send now)`);
  return { scheduledTimestamp: Math.floor(ms / 1000) };
}

/** Attachments must be public http(s) links: HighLevel fetches them. */
export function attachmentUrls(urls: string[] | undefined): { attachments?: string[] } {
  if (!urls) return {};
  const bad = urls.find((u) => !/^https?:\/\/[^\s/]+\S*$/i.test(u));
  if (bad !== undefined) throw invalidInput({ key: 'attachments', label: 'Attachment URLs' }, `must be http(s) links, got "${bad.slice(0, 80)}"`);
  return { attachments: urls };
}

/** Cancelling a scheduled message: HighLevel answers 200 with `{ status, message }`, where a status of 400 or more means it was not cancelled. */
export const cancelResult = defineResult(
  {
    cancelled: { label: 'Cancelled', type: t.boolean, from: [], derive: () => true, sample: true },
    status: { label: 'Status Code', type: t.integer, sample: 200 },
    message: { label: 'HighLevel Message', type: t.text, sample: 'Scheduled message cancelled' },
  },
  { name: 'the cancellation', what: 'the cancellation' },
);

export function checkCancelled(body: unknown, what: string): void {
  const status = isRecord(body) ? readAs(t.number, body.status) : null;
  if (status !== null && status >= 400) {
    const message = isRecord(body) ? readAs(t.text, body.message) : null;
    throw new errors.Error(`HighLevel did not cancel the ${what} (status ${status}): ${message ?? 'no reason given'}. A message that was already sent cannot be cancelled.`, 'NotCancelled', 400);
  }
}
