import { locationId } from '../../src/client';
import { userField } from '../../src/common-fields';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { documentField, sendDocumentEndpoint, sent } from '../../src/records/document';

const MEDIUMS = { email: 'Email', link: 'Link only (no email)' } as const;

/**
 * Send Document: POST /proposals/document/send, the document's recipients get it to sign or
 * accept. The spec's CC recipients and notification settings (an email template and sender) are
 * not offered: HighLevel's defaults for the location apply.
 */
export default defineAction({
  key: 'sendDocument',
  noun: 'Document',
  label: 'Send Document',
  description: 'Sends an existing document or contract to its recipients to sign or accept, e.g. once a deal reaches the proposal stage.',
  endpoint: sendDocumentEndpoint,
  inputs: {
    documentId: documentField(),
    sentBy: userField('Sent By', 'The user the document is sent as (its sender in the email and the audit trail). Pick one, or map a User ID.', true),
    medium: f.choice({ label: 'Send By', choices: MEDIUMS, helpText: 'Email sends the recipients an email with their link; Link only makes the links without emailing. HighLevel\'s default (email) when empty.' }),
    documentName: f.text({ label: 'Document Name', helpText: 'A new name for the document as the recipients see it, e.g. "Smile Makeover Proposal - Rosa Delgado". Unchanged when empty.' }),
  },
  request: ({ documentId, sentBy, medium, documentName }, { bundle }) => ({ body: { locationId: locationId(bundle), documentId, sentBy, medium, documentName } }),
  output: (body, ctx) => sent.output(body, ctx),
  sample: sent.sample,
  outputFields: sent.outputFields,
});
