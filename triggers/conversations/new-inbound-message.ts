import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineListTrigger } from '../../src/operation';
import { exportedMessages, messageOutputs, V } from '../../src/records/conversation';

/**
 * New Inbound Message: GET /conversations/messages/export sorted newest first
 * (sortBy=createdAt&sortOrder=desc, in the spec; mapping report section 7), one request per poll
 * and no paging, so an idle poll is one request. The export has no direction filter, so outbound
 * messages are dropped here; each inbound message fires once (dedupe on its id). Without a
 * channel HighLevel returns every non-email type (activity entries too, which are not inbound),
 * so emails come only with Channel = Email. While the Zap editor loads a sample it asks for 20
 * messages and keeps at most 3 inbound ones.
 */
export default defineListTrigger({
  key: 'newInboundMessage',
  noun: 'Message',
  label: 'New Inbound Message',
  description: 'Triggers when a contact sends a message (SMS, call, WhatsApp, Instagram, Facebook or, with Channel = Email, email) to your location.',
  endpoint: endpoint('GET', '/conversations/messages/export', V, ['conversations/message.readonly']),
  inputs: {
    channel: f.choice({
      label: 'Channel',
      choices: { SMS: 'SMS', Call: 'Call', Email: 'Email', WhatsApp: 'WhatsApp', Instagram: 'Instagram', Facebook: 'Facebook' },
      helpText: 'Only messages of this channel. Leave empty for every channel except email (HighLevel leaves emails out unless you choose Email).',
    }),
  },
  request: (input, { bundle }) => ({
    query: {
      locationId: locationId(bundle),
      limit: bundle.meta?.isLoadingSample ? 20 : 100,
      sortBy: 'createdAt',
      sortOrder: 'desc',
      channel: input.channel,
    },
  }),
  records: (body) => exportedMessages(body).filter((m) => m.direction === 'inbound'),
  ...messageOutputs,
});
