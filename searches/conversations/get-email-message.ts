import { defineSearch } from '../../src/operation';
import { emailMessageIdField, emailOutputs, emailRecord, getEmailEndpoint } from '../../src/records/email';

/** Get Email by ID as a Zap step (see the trigger for the Version and scope decisions). */
export default defineSearch({
  key: 'getEmailMessage',
  noun: 'Email',
  label: 'Get Email By ID',
  description: 'Finds an email message by ID, with its subject, body, sender, recipients and delivery status.',
  endpoint: getEmailEndpoint,
  inputs: { emailMessageId: emailMessageIdField() },
  request: (input) => ({ path: { id: input.emailMessageId } }),
  records: (body) => [emailRecord(body)],
  ...emailOutputs,
});
