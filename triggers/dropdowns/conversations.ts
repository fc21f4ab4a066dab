import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger, each } from '../../src/operation';
import { conversationList, searchConversationsEndpoint } from '../../src/records/conversation';

/** The location's 100 most recently active conversations, labelled with the contact and the last message. */
export default defineListTrigger({
  key: 'conversationDropdown',
  noun: 'Conversation',
  label: 'Conversations (Dropdown)',
  description: 'Triggers when the Conversation dropdown loads: lists recent conversations.',
  hidden: true,
  endpoint: searchConversationsEndpoint,
  inputs: {
    conversationSearch: f.text({ label: 'Search', helpText: 'Narrows the dropdown to conversations matching this text.' }),
  },
  request: (input, { bundle }) => ({
    query: { locationId: locationId(bundle), limit: 100, sort: 'desc', sortBy: 'last_message_date', query: input.conversationSearch },
  }),
  records: conversationList,
  output: each((c) => {
    const who = c.contactName || c.email || c.phone || c.contactId || c.id;
    const last = (c.lastMessageBody ?? '').replace(/\s+/g, ' ').trim();
    return { id: c.id, name: last ? `${who}: ${last.length > 50 ? `${last.slice(0, 47)}...` : last}` : who };
  }),
  sample: { id: 'tDtDnQdgm2LXpyiqYvZ6', name: 'Rosa Delgado: Can you mail me the spring catalogue?' },
  outputFields: [
    { key: 'id', label: 'Conversation ID' },
    { key: 'name', label: 'Conversation' },
  ],
});
