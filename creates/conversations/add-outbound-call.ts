import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { conversationField } from '../../src/records/conversation';
import { addedMessageResult, dateField, externalIdField, outboundCallEndpoint, providerField } from '../../src/records/message-record';
import { attachmentsField, attachmentUrls } from '../../src/records/sent-message';

const CALL_STATUSES = {
  completed: 'Completed', answered: 'Answered', 'no-answer': 'No Answer', busy: 'Busy', voicemail: 'Voicemail', failed: 'Failed', canceled: 'Canceled', pending: 'Pending',
} as const;

/**
 * Add Outbound Call: POST /conversations/messages/outbound (the spec's only type is Call), a call
 * your team made from another phone system, recorded in the contact's conversation with its
 * numbers and outcome; a recording link goes in Attachment URLs.
 */
export default defineAction({
  key: 'addOutboundCall',
  noun: 'Outbound Call',
  label: 'Add Outbound Call',
  description: 'Adds a call your team made from an outside phone system to the contact\'s conversation (numbers, outcome, recording link), so the contact\'s call history is complete.',
  endpoint: outboundCallEndpoint,
  inputs: {
    conversationId: conversationField('The contact\'s conversation. Pick one, or map the Conversation ID from Create Conversation or Search Conversations.'),
    conversationProviderId: providerField(),
    to: f.phone({ label: 'To Number', helpText: 'The number called (the contact\'s), with country code, e.g. +1 512 555 0143.' }),
    from: f.phone({ label: 'From Number', helpText: 'The number the call was made from (yours), with country code.' }),
    status: f.choice({ label: 'Call Status', choices: CALL_STATUSES, helpText: 'How the call ended. Leave blank if unknown.' }),
    attachments: attachmentsField(),
    altId: externalIdField(),
    date: dateField('When the call was made (e.g. 2025-03-14T13:05:00-05:00). Leave blank for now.'),
  },
  request: (i) => {
    const call = { ...(i.to ? { to: i.to } : {}), ...(i.from ? { from: i.from } : {}), ...(i.status ? { status: i.status } : {}) };
    return {
      body: {
        type: 'Call',
        conversationId: i.conversationId,
        conversationProviderId: i.conversationProviderId,
        ...(Object.keys(call).length ? { call } : {}),
        ...attachmentUrls(i.attachments),
        ...(i.altId !== undefined ? { altId: i.altId } : {}),
        ...(i.date ? { date: i.date } : {}),
      },
    };
  },
  output: (body, ctx) => addedMessageResult.output(body, ctx),
  sample: addedMessageResult.sample,
  outputFields: addedMessageResult.outputFields,
});
