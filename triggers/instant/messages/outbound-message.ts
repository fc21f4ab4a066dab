import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { f } from '../../../src/fields';
import { inboundMessageOutputs, inboundMessageTable, conversationMessageTypeChoices } from '../../../src/records/message';

/** Outbound Message (Instant): HighLevel's OutboundMessage event, delivered by the relay. */
export default defineHookTrigger({
  key: 'outboundMessageInstant',
  noun: 'Message',
  label: 'Outbound Message (Instant)',
  description: 'Triggers when a message is sent to a contact (optionally only on one channel).',
  eventTypes: ['OutboundMessage'],
  inputs: { channel: f.choice({ label: 'Channel', choices: conversationMessageTypeChoices, helpText: 'Only messages of this channel (SMS, Email, Call...). Leave empty for every channel.' }) },
  filters: (i) => ({ messageType: i.channel }),
  ...inboundMessageOutputs,
  records: eventRecords(inboundMessageTable.parse, { idFrom: 'messageId' }),
});
