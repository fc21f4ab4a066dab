import { locationId } from '../../src/client';
import { userField } from '../../src/common-fields';
import { f } from '../../src/fields';
import { changeId, defineListTrigger, pollLimit } from '../../src/operation';
import { conversationList, conversationOutputs, lastMessageTypeChoices, searchConversationsEndpoint } from '../../src/records/conversation';

/**
 * Search Conversations: the matching conversations, most recent message first
 * (sort=desc, sortBy=last_message_date; mapping report section 7), one request per poll (up to
 * 100). The dedupe id is the conversation id plus its last message time, so a conversation fires
 * when it first matches and again with each new message; its own id stays in `conversationId`.
 * The spec's item has no date; the live `lastMessageDate` is used, the id alone where it is absent.
 */
export default defineListTrigger({
  key: 'searchConversations',
  noun: 'Conversation',
  label: 'Search Conversations',
  description:
    'Triggers when a conversation matching your filters (text, contact, assignee, read status, last message type or direction) gets a new message.',
  endpoint: searchConversationsEndpoint,
  inputs: {
    query: f.text({ label: 'Search Text', helpText: 'Only conversations matching this text (contact name, email, phone or message text).' }),
    contactId: f.id({
      label: 'Contact',
      dynamic: 'contactDropdown.id.name',
      search: 'findContact.id',
      helpText: 'Only the conversations of this contact. Pick one, or map a Contact ID.',
    }),
    assignedTo: userField('Assigned User', 'Only conversations assigned to this user. Map the text "unassigned" for conversations assigned to nobody.'),
    status: f.choice({
      label: 'Read Status',
      choices: { all: 'All', read: 'Read', unread: 'Unread', starred: 'Starred', recents: 'Recent' },
      helpText: 'Only read, unread or starred conversations. Defaults to all.',
    }),
    lastMessageDirection: f.choice({
      label: 'Last Message Direction',
      choices: { inbound: 'Inbound (from the contact)', outbound: 'Outbound (to the contact)' },
      helpText: 'Only conversations whose last message came in from the contact, or went out to them.',
    }),
    lastMessageType: f.choice({
      label: 'Last Message Type',
      choices: lastMessageTypeChoices,
      helpText: 'Only conversations whose last message is of this type (SMS, Email, Call, ...).',
    }),
  },
  request: (input, { bundle }) => ({
    query: { locationId: locationId(bundle), limit: pollLimit(bundle), sort: 'desc', sortBy: 'last_message_date', ...input },
  }),
  records: conversationList,
  output: async (records, ctx) =>
    (await conversationOutputs.output(records, ctx)).map((c) => ({
      ...c,
      conversationId: c.id,
      id: c.lastMessageDate ? changeId(String(c.id), String(c.lastMessageDate)) : String(c.id),
    })),
  sample: {
    ...conversationOutputs.sample,
    conversationId: conversationOutputs.sample.id,
    id: changeId(String(conversationOutputs.sample.id), String(conversationOutputs.sample.lastMessageDate)),
  },
  outputFields: [
    { key: 'id', label: 'Change ID (conversation ID and last message time)' },
    { key: 'conversationId', label: 'Conversation ID' },
    ...conversationOutputs.outputFields.filter((o) => o.key !== 'id'),
  ],
});
