import { contactField, workflowField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { succeeded } from '../../src/records/result';

/**
 * DELETE /contacts/{contactId}/workflow/{workflowId}. The spec declares a required body
 * (CreateWorkflowDto, whose only field eventStartTime is optional and means nothing when
 * leaving a workflow): an empty JSON object is sent.
 */
export default defineAction({
  key: 'removeContactFromWorkflow',
  noun: 'Workflow',
  label: 'Remove From Workflow',
  description: 'Removes a contact from a workflow: its remaining steps are not run for the contact.',
  endpoint: endpoint('DELETE', '/contacts/{contactId}/workflow/{workflowId}', '2021-07-28', ['contacts.write']),
  inputs: { contactId: contactField('The contact to unenroll. Pick one, or map a Contact ID from an earlier step.'), workflowId: workflowField() },
  request: () => ({ body: {} }),
  output: (body, { input }) => ({ contactId: input.contactId, workflowId: input.workflowId, ...succeeded(body) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9', succeeded: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'workflowId', label: 'Workflow ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
