import { contactField, workflowField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { succeeded } from '../../src/records/result';

/** POST /contacts/{contactId}/workflow/{workflowId}; the body (CreateWorkflowDto) has only the optional eventStartTime. */
export default defineAction({
  key: 'addContactToWorkflow',
  noun: 'Workflow',
  label: 'Add Contact To Workflow',
  description: 'Adds a contact to a workflow automation, optionally with the start time of the event the workflow counts from.',
  endpoint: endpoint('POST', '/contacts/{contactId}/workflow/{workflowId}', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField('The contact to enroll. Pick one, or map a Contact ID from an earlier step.'),
    workflowId: workflowField(),
    eventStartTime: f.datetime({ label: 'Event Start Time', helpText: 'For workflows that wait relative to an event (e.g. an appointment): when it starts, e.g. 2025-03-21T15:00:00-05:00.' }),
  },
  request: ({ eventStartTime }) => ({ body: { eventStartTime } }),
  output: (body, { input }) => ({ contactId: input.contactId, workflowId: input.workflowId, ...succeeded(body) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9', succeeded: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'workflowId', label: 'Workflow ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
