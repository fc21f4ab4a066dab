import { locationId } from '../../src/client';
import { contactField, userField } from '../../src/common-fields';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { documentTemplateField, sendTemplateEndpoint, sent } from '../../src/records/document';

/**
 * Send Document From Template: POST /proposals/templates/send makes a document from the template
 * for the contact (its merge fields filled from the contact and, when given, the opportunity)
 * and sends it; with Send set to No it stays a draft in the Documents list.
 */
export default defineAction({
  key: 'sendDocumentFromTemplate',
  noun: 'Document',
  label: 'Send Document From Template',
  description: 'Creates a document or contract from a template for a contact and sends it to sign or accept, e.g. a proposal when a lead books a consultation.',
  endpoint: sendTemplateEndpoint,
  inputs: {
    templateId: documentTemplateField(),
    contactId: contactField('The contact the document is for (its recipient). Pick one, or map a Contact ID from an earlier step.'),
    userId: userField('Sent By', 'The user the document is made and sent by. Pick one, or map a User ID.', true),
    opportunityId: f.id({ label: 'Opportunity', dynamic: 'opportunityDropdown.id.name', search: 'findOpportunity.id', helpText: 'An opportunity to link the document to (its values fill the template\'s opportunity fields). None when empty.' }),
    sendDocument: f.boolean({ label: 'Send', default: 'true', helpText: 'Yes sends the document to the contact now; No only creates it as a draft to review in the Documents list. Yes when empty.' }),
  },
  request: ({ templateId, contactId, userId, opportunityId, sendDocument }, { bundle }) => ({
    body: { templateId, userId, sendDocument: sendDocument ?? true, locationId: locationId(bundle), contactId, opportunityId },
  }),
  output: (body, ctx) => sent.output(body, ctx),
  sample: sent.sample,
  outputFields: sent.outputFields,
});
