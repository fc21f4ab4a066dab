import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { limits } from '../../src/config';
import { defineListTrigger } from '../../src/operation';
import { messageExportPaging } from '../../src/polling/messages';
import { V } from '../../src/records/conversation';
import { exportedInboundMessages, inboundMessageOutputs } from '../../src/records/message';

/**
 * New Inbound Message: GET /conversations/messages/export sorted newest first
 * (sortBy=createdAt&sortOrder=desc, in the spec; mapping report section 7). The export has no
 * direction or inbound filter (only channel, conversation, contact and dates), so outbound
 * messages are dropped here, and the reading goes by all messages: an idle poll is one request
 * (the newest 100); while whole pages are newer than what the Zap's last poll read (an outbound
 * SMS blast), the next pages follow through `nextCursor`, 500 at a time, so the replies among
 * thousands of outbound messages are still found. Each inbound message fires once (dedupe on its id). Without a
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
  records: exportedInboundMessages,
  paging: messageExportPaging,
  recent: { time: (m) => m.dateAdded },
  ...inboundMessageOutputs,
  output: (messages, ctx) => {
    const inbound = messages.filter((m) => m.direction === 'inbound');
    return inboundMessageOutputs.output(ctx.bundle.meta?.isLoadingSample ? inbound.slice(0, limits.sampleItems) : inbound, ctx);
  },
});
