import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { emailMessageIdField, emailOutputs, emailRecord, getEmailEndpoint } from '../../src/records/email';

/**
 * Get Email by ID: watches one email message; fires when first seen and again when it changes
 * (e.g. its status goes from delivered to opened): the version is a content fingerprint, as the
 * email has no update time. The v2 spec declares no Version header, no security and no {id}
 * parameter: Version 2021-04-15 like every conversations endpoint, scope
 * conversations/message.readonly from the v3 spec (both as the catalog infers them).
 */
export default defineRecordTrigger({
  key: 'getEmailMessage',
  noun: 'Email',
  label: 'Get Email By ID',
  description: 'Triggers when the email message you choose is first seen and again whenever it changes (for example its delivery status).',
  endpoint: getEmailEndpoint,
  inputs: { emailMessageId: emailMessageIdField() },
  request: (input) => ({ path: { id: input.emailMessageId } }),
  record: emailRecord,
  ...emailOutputs,
  recordIdKey: 'emailMessageId',
  recordIdLabel: 'Email Message ID',
  version: fingerprint,
});
