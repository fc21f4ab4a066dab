import { locationId } from '../../src/client';
import { defineAction } from '../../src/operation';
import { deleteTemplateEndpoint, templateField } from '../../src/records/email-template';
import { succeededOf } from '../../src/records/result';
import { isRecord } from '../../src/record-table';

/** Delete Email Template: DELETE /emails/builder/{locationId}/{templateId}; HighLevel answers `{ ok: "true", traceId }`. */
export default defineAction({
  key: 'deleteEmailTemplate',
  noun: 'Email Template',
  label: 'Delete Email Template',
  description: 'Deletes an email template from the location\'s email builder. This cannot be undone; campaigns and workflows that use it lose it.',
  endpoint: deleteTemplateEndpoint,
  inputs: {
    templateId: templateField(),
  },
  request: (_i, { bundle }) => ({ path: { locationId: locationId(bundle) } }),
  output: (body, { input }) => ({ id: input.templateId, deleted: isRecord(body) && body.ok !== undefined ? String(body.ok) === 'true' : succeededOf(body) }),
  sample: { id: '67334b231f2fad724062f52b5', deleted: true },
  outputFields: [
    { key: 'id', label: 'Template ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ],
});
