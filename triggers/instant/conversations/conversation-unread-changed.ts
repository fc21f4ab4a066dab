import type { Ctx } from '../../../src/client';
import { withContactDetails } from '../../../src/enrich/contact-details';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import type { Flat } from '../../../src/operation';
import { conversationOutputs, conversationTable } from '../../../src/records/conversation';

/**
 * Conversation Unread Changed (Instant): HighLevel's ConversationUnreadUpdate event (the
 * conversation's id, contactId, unreadCount, inbox, starred, deleted), delivered by the relay, as
 * the conversation record Search Conversations gives; the contact's name, email and phone (which
 * the event leaves out) come from one cached lookup per contact (src/enrich/contact-details.ts)
 * into the record's own Contact Name / Email / Phone. Samples: the relay's recent events.
 */
type Conversation = ReturnType<typeof conversationTable.parse>;

const withContact = async (flats: Flat[], ctx: Ctx): Promise<Flat[]> =>
  (await withContactDetails(flats, ctx)).map(({ contactEmail, contactPhone, ...f }, i) => ({
    ...f,
    contactName: flats[i]!.contactName ?? f.contactName ?? null,
    email: flats[i]!.email ?? contactEmail ?? null,
    phone: flats[i]!.phone ?? contactPhone ?? null,
  }));

export default defineHookTrigger({
  key: 'conversationUnreadChangedInstant',
  noun: 'Conversation',
  label: 'Conversation Unread Changed (Instant)',
  description: 'Triggers when a conversation is marked read or unread (or starred, moved out of the inbox), with its unread message count.',
  eventTypes: ['ConversationUnreadUpdate'],
  inputs: {},
  ...conversationOutputs,
  output: async (rows: Conversation[], ctx: Ctx) => withContact(await conversationOutputs.output(rows, ctx), ctx),
  records: eventRecords(conversationTable.parse),
});
