import { f } from '../../src/fields';
import { defineListTrigger, each } from '../../src/operation';
import { conversationMessageList, conversationMessagesEndpoint } from '../../src/records/message';

/** The latest 100 messages of the conversation chosen in the same step, labelled with date, direction and text. */
export default defineListTrigger({
  key: 'messageDropdown',
  noun: 'Message',
  label: 'Messages (Dropdown)',
  description: 'Triggers when the Message dropdown loads: lists the latest messages of a conversation.',
  hidden: true,
  endpoint: conversationMessagesEndpoint,
  inputs: {
    conversationId: f.id({
      label: 'Conversation',
      required: true,
      dynamic: 'conversationDropdown.id.name',
      helpText: 'The conversation whose messages the dropdown lists.',
    }),
  },
  request: () => ({ query: { limit: 100 } }),
  records: conversationMessageList,
  output: each((m) => {
    const what = (m.body ?? '').replace(/\s+/g, ' ').trim() || m.messageType || m.id;
    const when = typeof m.dateAdded === 'string' ? `${m.dateAdded.slice(0, 16).replace('T', ' ')} ` : '';
    return { id: m.id, name: `${when}${m.direction ?? ''} ${what.length > 50 ? `${what.slice(0, 47)}...` : what}`.replace(/\s+/g, ' ').trim() };
  }),
  sample: { id: 've9EPM428h8vShlRW1KT', name: '2025-03-14 18:13 inbound Can you mail me the spring catalogue?' },
  outputFields: [
    { key: 'id', label: 'Message ID' },
    { key: 'name', label: 'Message' },
  ],
});
