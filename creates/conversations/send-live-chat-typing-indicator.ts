import { z } from 'zod';
import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { conversationField, V } from '../../src/records/conversation';
import { parseResponse } from '../../src/schemas';

/**
 * Agent Typing Indicator: POST /conversations/providers/live-chat/typing. The spec types
 * `isTyping` as a string (example true); the input is a Yes/No and is sent as "true" / "false".
 * Location token only (Location-Access), which every connection of this app is.
 */
export default defineAction({
  key: 'sendLiveChatTypingIndicator',
  noun: 'Typing Indicator',
  label: 'Agent Typing Indicator',
  description: 'Shows (or hides) the "agent is typing" indicator to a website live chat visitor, e.g. while a bot or an agent prepares a reply.',
  endpoint: endpoint('POST', '/conversations/providers/live-chat/typing', V, ['conversations/livechat.write']),
  inputs: {
    conversationId: conversationField('The live chat conversation. Pick one, or map a Conversation ID.'),
    visitorId: f.id({
      label: 'Visitor ID',
      required: true,
      helpText: 'The live chat visitor\'s ID (visitorId), as HighLevel gives it with the visitor\'s live chat messages.',
    }),
    isTyping: f.boolean({ label: 'Is Typing', helpText: 'Yes shows the typing indicator, No hides it. Defaults to Yes.', default: 'true' }),
  },
  request: (input, { bundle }) => ({
    body: { locationId: locationId(bundle), isTyping: String(input.isTyping ?? true), visitorId: input.visitorId, conversationId: input.conversationId },
  }),
  output: (body, { input }) => ({
    success: parseResponse(z.looseObject({ success: z.boolean().nullish() }), body ?? {}, 'the typing indicator').success ?? true,
    isTyping: input.isTyping ?? true,
  }),
  sample: { success: true, isTyping: true },
  outputFields: [
    { key: 'success', label: 'Success', type: 'boolean' },
    { key: 'isTyping', label: 'Is Typing', type: 'boolean' },
  ],
});
