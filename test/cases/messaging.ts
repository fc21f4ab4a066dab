import type { Case } from '../support/table';

/**
 * Sending messages (SMS, email, the other channels), scheduled sends and their cancellation,
 * inbound/outbound records, the media library and email templates. The multipart uploads
 * (their bytes and form fields): test/messaging/uploads.test.ts.
 */
const C = '2021-04-15' as const;

const SENT = { conversationId: 'cv1', messageId: 'm9', status: 'pending' };
const FLAT_SENT = { messageId: 'm9', conversationId: 'cv1', emailMessageId: null, messageIds: [], status: 'pending', note: null };
const FUTURE = '2030-01-01T15:00:00Z';
const FUTURE_S = 1893510000;

const sendCases: Case[] = [
  {
    name: 'an SMS now, to the contact\'s phone',
    op: 'creates.sendSms',
    input: { contactId: 'c1', message: 'Your cleaning is tomorrow at 9:00.' },
    calls: [{ method: 'POST', path: '/conversations/messages', version: C, body: { type: 'SMS', contactId: 'c1', message: 'Your cleaning is tomorrow at 9:00.' }, reply: { body: SENT } }],
    output: FLAT_SENT,
  },
  {
    name: 'a scheduled MMS from a chosen number to another number',
    op: 'creates.sendSms',
    input: { contactId: 'c1', message: 'Here is the map.', attachments: 'https://example.com/map.png', toNumber: '+15125550143', fromNumber: '+15125550100', sendAt: FUTURE },
    calls: [
      {
        method: 'POST',
        path: '/conversations/messages',
        version: C,
        body: { type: 'SMS', contactId: 'c1', message: 'Here is the map.', attachments: ['https://example.com/map.png'], toNumber: '+15125550143', fromNumber: '+15125550100', scheduledTimestamp: FUTURE_S },
        reply: { body: { ...SENT, msg: 'Message scheduled' } },
      },
    ],
    output: { ...FLAT_SENT, note: 'Message scheduled' },
  },
  { name: 'no message sends nothing', op: 'creates.sendSms', input: { contactId: 'c1' }, calls: [], error: /"Message" \(message\) is required/ },
  { name: 'a Send At in the past sends nothing', op: 'creates.sendSms', input: { contactId: 'c1', message: 'Hi', sendAt: '2020-01-01T00:00:00Z' }, calls: [], error: /"Send At" \(sendAt\) must be in the future/ },
  { name: 'an attachment that is not a link sends nothing', op: 'creates.sendSms', input: { contactId: 'c1', message: 'Hi', attachments: ['map.png'] }, calls: [], error: /"Attachment URLs" \(attachments\) must be http\(s\) links, got "map.png"/ },
  { name: 'a bad To Number sends nothing', op: 'creates.sendSms', input: { contactId: 'c1', message: 'Hi', toNumber: 'abc' }, calls: [], error: /"To Number" \(toNumber\) must be a phone number/ },
  {
    name: 'a new HTML email with Cc, Bcc and an attachment',
    op: 'creates.sendEmail',
    input: {
      contactId: 'c1', subject: 'Your spring catalogue', html: '<p>Hi Rosa</p>', message: 'Hi Rosa', emailFrom: 'Sunrise Dental <frontdesk@sunrisedental.com>',
      emailCc: 'office@sunrisedental.com, dr.lee@sunrisedental.com', emailBcc: ['archive@sunrisedental.com'], attachments: ['https://example.com/catalogue.pdf'],
    },
    calls: [
      {
        method: 'POST',
        path: '/conversations/messages',
        version: C,
        body: {
          type: 'Email', contactId: 'c1', subject: 'Your spring catalogue', html: '<p>Hi Rosa</p>', message: 'Hi Rosa', emailFrom: 'Sunrise Dental <frontdesk@sunrisedental.com>',
          emailCc: ['office@sunrisedental.com', 'dr.lee@sunrisedental.com'], emailBcc: ['archive@sunrisedental.com'], attachments: ['https://example.com/catalogue.pdf'],
        },
        reply: { body: { ...SENT, emailMessageId: 'em1' } },
      },
    ],
    output: { ...FLAT_SENT, emailMessageId: 'em1' },
  },
  {
    name: 'a scheduled reply-all in a thread, without a subject',
    op: 'creates.sendEmail',
    input: { contactId: 'c1', html: '<p>Thanks!</p>', replyMessageId: 'm3', emailReplyMode: 'reply_all', emailTo: 'rosa@example.com', sendAt: FUTURE },
    calls: [
      {
        method: 'POST',
        path: '/conversations/messages',
        version: C,
        body: { type: 'Email', contactId: 'c1', html: '<p>Thanks!</p>', emailTo: 'rosa@example.com', replyMessageId: 'm3', emailReplyMode: 'reply_all', scheduledTimestamp: FUTURE_S },
        reply: { body: SENT },
      },
    ],
    output: FLAT_SENT,
  },
  { name: 'a new email without a subject sends nothing', op: 'creates.sendEmail', input: { contactId: 'c1', html: '<p>Hi</p>' }, calls: [], error: /"Subject" \(subject\) is required for a new email/ },
  { name: 'an email without a body sends nothing', op: 'creates.sendEmail', input: { contactId: 'c1', subject: 'Hi' }, calls: [], error: /"HTML Body" \(html\) or "Plain Text Body" \(message\) is required/ },
  { name: 'a bad Cc address sends nothing', op: 'creates.sendEmail', input: { contactId: 'c1', subject: 'Hi', html: 'x', emailCc: 'office@, b@example.com' }, calls: [], error: /"Cc" \(emailCc\) must be email addresses, got "office@"/ },
  { name: 'a reply mode without a reply sends nothing', op: 'creates.sendEmail', input: { contactId: 'c1', subject: 'Hi', html: 'x', emailReplyMode: 'reply' }, calls: [], error: /"Reply Mode" \(emailReplyMode\) needs "Reply To Message"/ },
  {
    name: 'a WhatsApp message',
    op: 'creates.sendMessage',
    input: { channel: 'WhatsApp', contactId: 'c1', message: 'Your order has shipped.' },
    calls: [{ method: 'POST', path: '/conversations/messages', version: C, body: { type: 'WhatsApp', contactId: 'c1', message: 'Your order has shipped.' }, reply: { body: SENT } }],
    output: FLAT_SENT,
  },
  {
    name: 'a custom provider message with its provider, scheduled',
    op: 'creates.sendMessage',
    input: { channel: 'Custom', contactId: 'c1', message: 'Hello', conversationProviderId: 'prov1', sendAt: FUTURE },
    calls: [{ method: 'POST', path: '/conversations/messages', version: C, body: { type: 'Custom', contactId: 'c1', message: 'Hello', conversationProviderId: 'prov1', scheduledTimestamp: FUTURE_S }, reply: { body: SENT } }],
    output: FLAT_SENT,
  },
  {
    name: 'Instagram with an attachment only',
    op: 'creates.sendMessage',
    input: { channel: 'IG', contactId: 'c1', attachments: 'https://example.com/smile.jpg' },
    calls: [{ method: 'POST', path: '/conversations/messages', version: C, body: { type: 'IG', contactId: 'c1', attachments: ['https://example.com/smile.jpg'] }, reply: { body: { ...SENT, messageIds: ['m9', 'm10'] } } }],
    output: { ...FLAT_SENT, messageIds: ['m9', 'm10'] },
  },
  { name: 'a custom provider without its ID sends nothing', op: 'creates.sendMessage', input: { channel: 'Custom', contactId: 'c1', message: 'Hi' }, calls: [], error: /"Conversation Provider ID" \(conversationProviderId\) is required for a custom conversation provider/ },
  { name: 'Google Business is not a channel', op: 'creates.sendMessage', input: { channel: 'GMB', contactId: 'c1', message: 'Hi' }, calls: [], error: /"Channel" \(channel\) must be one of WhatsApp, FB, IG, Live_Chat, RCS, TIKTOK, Custom, got "GMB"/ },
  { name: 'nothing to send sends nothing', op: 'creates.sendMessage', input: { channel: 'FB', contactId: 'c1' }, calls: [], error: /"Message" \(message\) is required \(or "Attachment URLs" or "Template ID"\)/ },
  {
    name: 'cancels a scheduled message',
    op: 'creates.cancelScheduledMessage',
    input: { messageId: 'm9' },
    calls: [{ method: 'DELETE', path: '/conversations/messages/m9/schedule', version: C, reply: { body: { status: 200, message: 'Scheduled message cancelled' } } }],
    output: { messageId: 'm9', cancelled: true, status: 200, message: 'Scheduled message cancelled' },
  },
  {
    name: 'a 200 that says 404 (already sent) is an error',
    op: 'creates.cancelScheduledMessage',
    input: { messageId: 'm9' },
    calls: [{ method: 'DELETE', path: '/conversations/messages/m9/schedule', version: C, reply: { body: { status: 404, message: 'Failed cancel the scheduled message' } } }],
    error: /HighLevel did not cancel the scheduled message \(status 404\): Failed cancel the scheduled message/,
  },
  { name: 'no message sends nothing', op: 'creates.cancelScheduledMessage', input: {}, calls: [], error: /"Message" \(messageId\) is required/ },
  {
    name: 'cancels a scheduled email by its email message id',
    op: 'creates.cancelScheduledEmail',
    input: { emailMessageId: 'em1' },
    calls: [{ method: 'DELETE', path: '/conversations/messages/email/em1/schedule', version: C, reply: { body: { status: 200, message: 'Cancelled' } } }],
    output: { emailMessageId: 'em1', cancelled: true, status: 200, message: 'Cancelled' },
  },
  { name: 'an ID with a slash sends nothing', op: 'creates.cancelScheduledEmail', input: { emailMessageId: 'em1/../x' }, calls: [], error: /"Email Message ID" \(emailMessageId\) must be a HighLevel ID/ },
];

const ADDED = { success: true, conversationId: 'cv1', messageId: 'm20', message: 'Message added', contactId: 'c1', dateAdded: '2025-03-14T18:13:49.000Z' };
const FLAT_ADDED = { messageId: 'm20', conversationId: 'cv1', contactId: 'c1', emailMessageId: null, dateAdded: '2025-03-14T18:13:49.000Z', success: true, note: 'Message added' };

const recordCases: Case[] = [
  {
    name: 'an inbound SMS from a custom provider, dated',
    op: 'creates.addInboundMessage',
    input: { type: 'SMS', contactId: 'c1', conversationId: 'cv1', conversationProviderId: 'prov1', message: 'Can I move my visit?', altId: 'twilio-SM123', date: '2025-03-14T13:05:00-05:00' },
    calls: [
      {
        method: 'POST',
        path: '/conversations/messages/inbound',
        version: C,
        body: { type: 'SMS', contactId: 'c1', conversationId: 'cv1', conversationProviderId: 'prov1', direction: 'inbound', message: 'Can I move my visit?', altId: 'twilio-SM123', date: '2025-03-14T18:05:00.000Z' },
        reply: { body: ADDED },
      },
    ],
    output: FLAT_ADDED,
  },
  {
    name: 'an inbound email threaded on an earlier email',
    op: 'creates.addInboundMessage',
    input: { type: 'Email', contactId: 'c1', conversationId: 'cv1', conversationProviderId: 'prov1', subject: 'Re: Your visit', html: '<p>Thanks</p>', emailFrom: 'rosa@example.com', emailTo: 'frontdesk@sunrisedental.com', emailMessageId: 'em1' },
    calls: [
      {
        method: 'POST',
        path: '/conversations/messages/inbound',
        version: C,
        body: { type: 'Email', contactId: 'c1', conversationId: 'cv1', conversationProviderId: 'prov1', direction: 'inbound', subject: 'Re: Your visit', html: '<p>Thanks</p>', emailFrom: 'rosa@example.com', emailTo: 'frontdesk@sunrisedental.com', emailMessageId: 'em1' },
        reply: { body: { ...ADDED, emailMessageId: 'em2' } },
      },
    ],
    output: { ...FLAT_ADDED, emailMessageId: 'em2' },
  },
  { name: 'a subject on an SMS sends nothing', op: 'creates.addInboundMessage', input: { type: 'SMS', contactId: 'c1', conversationId: 'cv1', conversationProviderId: 'p', message: 'x', subject: 'Hi' }, calls: [], error: /"Subject" \(subject\) is only used with Message Type "Email"/ },
  { name: 'no provider sends nothing', op: 'creates.addInboundMessage', input: { type: 'SMS', contactId: 'c1', conversationId: 'cv1', message: 'x' }, calls: [], error: /"Conversation Provider ID" \(conversationProviderId\) is required/ },
  { name: 'nothing to add sends nothing', op: 'creates.addInboundMessage', input: { type: 'SMS', contactId: 'c1', conversationId: 'cv1', conversationProviderId: 'p' }, calls: [], error: /"Message" \(message\) is required \(or "HTML Body" or "Attachment URLs"\)/ },
  {
    name: 'an outbound call with its numbers, outcome and recording',
    op: 'creates.addOutboundCall',
    input: { conversationId: 'cv1', conversationProviderId: 'prov1', to: '+15125550143', from: '+15125550100', status: 'completed', attachments: 'https://calls.example.com/rec/881.mp3' },
    calls: [
      {
        method: 'POST',
        path: '/conversations/messages/outbound',
        version: C,
        body: { type: 'Call', conversationId: 'cv1', conversationProviderId: 'prov1', call: { to: '+15125550143', from: '+15125550100', status: 'completed' }, attachments: ['https://calls.example.com/rec/881.mp3'] },
        reply: { body: ADDED },
      },
    ],
    output: FLAT_ADDED,
  },
  { name: 'a call status not in the list sends nothing', op: 'creates.addOutboundCall', input: { conversationId: 'cv1', conversationProviderId: 'p', status: 'hung-up' }, calls: [], error: /"Call Status" \(status\) must be one of/ },
  {
    name: 'a conversation for a contact, in the connection\'s location',
    op: 'creates.createConversation',
    input: { contactId: 'c1' },
    calls: [
      {
        method: 'POST',
        path: '/conversations/',
        version: C,
        body: { locationId: 'LOC123', contactId: 'c1' },
        reply: { status: 201, body: { success: true, conversation: { id: 'cv9', dateUpdated: 1710440029000, dateAdded: 1710440029000, deleted: false, contactId: 'c1', locationId: 'LOC123', lastMessageDate: 1710440029000 } } },
      },
    ],
    output: { id: 'cv9', contactId: 'c1', locationId: 'LOC123', assignedTo: null, dateAdded: '2024-03-14T18:13:49.000Z', success: true },
  },
  { name: 'no contact sends nothing', op: 'creates.createConversation', input: {}, calls: [], error: /"Contact" \(contactId\) is required/ },
  { name: 'a file that is not a URL sends nothing', op: 'creates.uploadMessageAttachment', input: { contactId: 'c1', conversationId: 'cv1', file: 'brochure.pdf' }, calls: [], error: /"File" \(file\) must be a file from an earlier step/ },
];

const V = '2021-07-28' as const;
const RAW_FILE = {
  _id: 'f1', altId: 'LOC123', altType: 'location', name: 'spring-catalogue.pdf', parentId: 'fold1', type: 'file', url: 'https://storage.googleapis.com/msgsndr/LOC123/media/spring-catalogue.pdf',
  path: 'Brochures/spring-catalogue.pdf', contentType: 'application/pdf', size: 482133, createdAt: '2025-03-14T18:13:49.000Z', updatedAt: '2025-03-14T18:13:49.000Z',
};
const FLAT_FILE = {
  id: 'f1', name: 'spring-catalogue.pdf', type: 'file', url: 'https://storage.googleapis.com/msgsndr/LOC123/media/spring-catalogue.pdf', path: 'Brochures/spring-catalogue.pdf',
  parentId: 'fold1', contentType: 'application/pdf', size: 482133, locationId: 'LOC123', createdAt: '2025-03-14T18:13:49.000Z', updatedAt: '2025-03-14T18:13:49.000Z',
};
const OWNER = { altType: 'location', altId: 'LOC123' };

const mediaCases: Case[] = [
  {
    name: 'newest files of the whole library, one request',
    op: 'triggers.newMediaFile',
    calls: [{ method: 'GET', path: '/medias/files', version: V, query: { sortBy: 'createdAt', sortOrder: 'desc', type: 'file', ...OWNER, limit: '100', fetchAll: 'true' }, reply: { body: { files: [RAW_FILE] } } }],
    output: [FLAT_FILE],
  },
  {
    name: 'one folder\'s files whose name matches',
    op: 'triggers.newMediaFile',
    input: { parentId: 'fold1', query: 'catalogue' },
    calls: [{ method: 'GET', path: '/medias/files', version: V, query: { sortBy: 'createdAt', sortOrder: 'desc', type: 'file', ...OWNER, limit: '100', parentId: 'fold1', query: 'catalogue' }, reply: { body: { files: [{ ...RAW_FILE, _id: undefined, id: 'f1' }] } } }],
    output: [FLAT_FILE],
  },
  {
    name: 'folders by name, every level',
    op: 'triggers.mediaFolderDropdown',
    calls: [{ method: 'GET', path: '/medias/files', version: V, query: { sortBy: 'name', sortOrder: 'asc', type: 'folder', ...OWNER, fetchAll: 'true', limit: '100', offset: '0' }, reply: { body: { files: [{ _id: 'fold1', name: 'Brochures', type: 'folder', altId: 'LOC123' }] } } }],
    output: [{ id: 'fold1', name: 'Brochures' }],
  },
  {
    name: 'a folder inside another',
    op: 'creates.createMediaFolder',
    input: { name: 'Rosa Delgado - X-rays', parentId: 'fold1' },
    calls: [
      {
        method: 'POST', path: '/medias/folder', version: V, body: { ...OWNER, name: 'Rosa Delgado - X-rays', parentId: 'fold1' },
        reply: { body: { _id: 'fold2', ...OWNER, name: 'Rosa Delgado - X-rays', parentId: 'fold1', type: 'folder', deleted: false, createdAt: '2025-03-14T18:13:49.000Z' } },
      },
    ],
    output: { id: 'fold2', name: 'Rosa Delgado - X-rays', type: 'folder', url: null, path: null, parentId: 'fold1', contentType: null, size: null, locationId: 'LOC123', createdAt: '2025-03-14T18:13:49.000Z', updatedAt: null },
  },
  { name: 'no name sends nothing', op: 'creates.createMediaFolder', input: {}, calls: [], error: /"Folder Name" \(name\) is required/ },
  {
    name: 'renames a file',
    op: 'creates.renameMediaFile',
    input: { id: 'f1', name: 'catalogue-2025.pdf' },
    calls: [{ method: 'POST', path: '/medias/f1', version: V, body: { name: 'catalogue-2025.pdf', ...OWNER }, reply: { body: {} } }],
    output: { id: 'f1', name: 'catalogue-2025.pdf', updated: true },
  },
  { name: 'no new name sends nothing', op: 'creates.renameMediaFile', input: { id: 'f1' }, calls: [], error: /"New Name" \(name\) is required/ },
  {
    name: 'deletes a file of the location',
    op: 'creates.deleteMediaFile',
    input: { id: 'f1' },
    calls: [{ method: 'DELETE', path: '/medias/f1', version: V, query: OWNER, reply: { body: '' } }],
    output: { id: 'f1', deleted: true },
  },
  { name: 'no file sends nothing', op: 'creates.deleteMediaFile', input: {}, calls: [], error: /"File" \(id\) is required/ },
  { name: 'a file that is not a URL sends nothing', op: 'creates.uploadMediaFile', input: { file: 'ftp://example.com/a.pdf' }, calls: [], error: /"File" \(file\) must be a file from an earlier step/ },
];

const RAW_TEMPLATE = { id: 't1', name: 'Appointment Reminder', templateType: 'builder', isPlainText: false, previewUrl: 'https://preview.example.com/t1', version: '2', updatedBy: 'Front Desk', dateAdded: '2025-03-01T15:04:05.000Z', lastUpdated: '2025-03-14T18:13:49.000Z' };

const templateCases: Case[] = [
  {
    name: 'newest templates first, one request (the builders list)',
    op: 'triggers.newEmailTemplate',
    calls: [{ method: 'GET', path: '/emails/builder', version: V, query: { locationId: 'LOC123', sortByDate: 'desc', templatesOnly: 'true', limit: '100' }, reply: { body: { builders: [RAW_TEMPLATE], total: 1 } } }],
    output: [RAW_TEMPLATE],
  },
  {
    name: 'a name filter; a `templates` list is read too',
    op: 'triggers.newEmailTemplate',
    input: { search: 'reminder' },
    calls: [{ method: 'GET', path: '/emails/builder', version: V, query: { locationId: 'LOC123', sortByDate: 'desc', templatesOnly: 'true', limit: '100', search: 'reminder' }, reply: { body: { templates: [{ ...RAW_TEMPLATE, templateType: undefined, type: 'html' }] } } }],
    output: [{ ...RAW_TEMPLATE, templateType: 'html' }],
  },
  {
    name: 'the template dropdown',
    op: 'triggers.emailTemplateDropdown',
    calls: [{ method: 'GET', path: '/emails/builder', version: V, query: { locationId: 'LOC123', sortByDate: 'desc', templatesOnly: 'true', limit: '100', offset: '0' }, reply: { body: { builders: [RAW_TEMPLATE] } } }],
    output: [{ id: 't1', name: 'Appointment Reminder' }],
  },
  {
    name: 'deletes a template of the location',
    op: 'creates.deleteEmailTemplate',
    input: { templateId: 't1' },
    calls: [{ method: 'DELETE', path: '/emails/builder/LOC123/t1', version: V, reply: { body: { ok: 'true', traceId: 'tr1' } } }],
    output: { id: 't1', deleted: true },
  },
  { name: 'no template sends nothing', op: 'creates.deleteEmailTemplate', input: {}, calls: [], error: /"Email Template" \(templateId\) is required/ },
];

const conversationWriteCases: Case[] = [
  {
    name: 'marks a conversation read and starred',
    op: 'creates.updateConversation',
    input: { conversationId: 'cv1', unreadCount: '0', starred: 'yes' },
    calls: [
      {
        method: 'PUT', path: '/conversations/cv1', version: C, body: { locationId: 'LOC123', unreadCount: 0, starred: true },
        reply: { body: { success: true, conversation: { id: 'cv1', contactId: 'c1', locationId: 'LOC123', deleted: false, inbox: true, type: 1, unreadCount: 0, starred: true } } },
      },
    ],
    output: {
      id: 'cv1', contactId: 'c1', contactName: null, email: null, phone: null, type: 'TYPE_PHONE', lastMessageBody: null, lastMessageType: null, lastMessageDirection: null, lastMessageDate: null,
      unreadCount: 0, assignedTo: null, assignedUserName: null, starred: true, inbox: true, deleted: false, locationId: 'LOC123', dateAdded: null, dateUpdated: null,
      webUrl: 'https://app.gohighlevel.com/v2/location/LOC123/conversations/conversations/cv1',
    },
  },
  { name: 'nothing to change sends nothing', op: 'creates.updateConversation', input: { conversationId: 'cv1' }, calls: [], error: /"Unread Count" \(unreadCount\) or "Starred" \(starred\) is required/ },
  { name: 'a negative unread count sends nothing', op: 'creates.updateConversation', input: { conversationId: 'cv1', unreadCount: -1 }, calls: [], error: /"Unread Count" \(unreadCount\) must be a whole number, 0 or more, got -1/ },
  {
    name: 'deletes a conversation',
    op: 'creates.deleteConversation',
    input: { conversationId: 'cv1' },
    calls: [{ method: 'DELETE', path: '/conversations/cv1', version: C, reply: { body: { success: true } } }],
    output: { id: 'cv1', deleted: true },
  },
  { name: 'no conversation sends nothing', op: 'creates.deleteConversation', input: {}, calls: [], error: /"Conversation" \(conversationId\) is required/ },
  {
    name: 'sets a call\'s recording link',
    op: 'creates.setMessageAttachments',
    input: { messageId: 'm5', attachments: 'https://calls.example.com/rec/881.mp3' },
    calls: [{ method: 'PUT', path: '/conversations/messages/m5/attachments', version: C, body: { attachments: ['https://calls.example.com/rec/881.mp3'] }, reply: { body: '' } }],
    output: { messageId: 'm5', attachments: ['https://calls.example.com/rec/881.mp3'] },
  },
  {
    name: 'more than 5 links sends nothing',
    op: 'creates.setMessageAttachments',
    input: { messageId: 'm5', attachments: ['https://a.example/1', 'https://a.example/2', 'https://a.example/3', 'https://a.example/4', 'https://a.example/5', 'https://a.example/6'] },
    calls: [],
    error: /"Attachment URLs" \(attachments\) takes 5 links at most, got 6/,
  },
  {
    name: 'replies to a Google review',
    op: 'creates.replyToGoogleReview',
    input: { conversationId: 'cv7', message: 'Thank you, Rosa!' },
    calls: [{ method: 'POST', path: '/conversations/messages/review-reply', version: C, body: { conversationId: 'cv7', locationId: 'LOC123', message: 'Thank you, Rosa!' }, reply: { body: { conversationId: 'cv7', messageId: 'm30', status: 'delivered' } } }],
    output: { ...FLAT_SENT, conversationId: 'cv7', messageId: 'm30', status: 'delivered' },
  },
  { name: 'no reply text sends nothing', op: 'creates.replyToGoogleReview', input: { conversationId: 'cv7' }, calls: [], error: /"Reply" \(message\) is required/ },
];

export const messagingCases: Case[] = [...sendCases, ...recordCases, ...conversationWriteCases, ...mediaCases, ...templateCases];
