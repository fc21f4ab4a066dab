import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { f } from '../../../src/fields';
import { inboundMessageOutputs, inboundMessageTable, conversationMessageTypeChoices } from '../../../src/records/message';

/** Inbound Message (Instant): HighLevel's InboundMessage event, delivered by the relay. */
export default defineHookTrigger({
  key: 'inboundMessageInstant',
  noun: 'Message',
  label: 'Inbound Message (Instant)',
  description: 'Triggers when a contact sends a message (optionally only on one channel).',
  eventTypes: ['InboundMessage'],
  inputs: { channel: f.choice({ label: 'Channel', choices: conversationMessageTypeChoices, helpText: 'Only messages of this channel (SMS, Email, Call...). Leave empty for every channel.' }) },
  filters: (i) => ({ messageType: i.channel }),
  ...inboundMessageOutputs,
  records: eventRecords(inboundMessageTable.parse, { idFrom: 'messageId' }),
});
