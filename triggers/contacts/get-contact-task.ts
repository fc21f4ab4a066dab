import { contactField, taskField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { taskOutputs, taskRecord } from '../../src/records/task';

/**
 * Get Contact Task by ID: watches one task. Tasks have no update time in the API, so the
 * version is a fingerprint of the task's content: any change (title, due date, completed) fires.
 */
export default defineRecordTrigger({
  key: 'getContactTask',
  noun: 'Task',
  label: 'Get Contact Task By ID',
  description: 'Triggers when the task you choose is first seen and again whenever it changes.',
  endpoint: endpoint('GET', '/contacts/{contactId}/tasks/{taskId}', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField(), taskId: taskField() },
  record: taskRecord,
  ...taskOutputs,
  recordIdKey: 'taskId',
  recordIdLabel: 'Task ID',
  version: fingerprint,
});
