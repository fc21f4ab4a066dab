import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, isRecord, t } from '../record-table';

/**
 * Email templates (emails.json, Version 2021-07-28: the email builder).
 * Decisions where the spec is unclear:
 * - GET /emails/builder's answer schema is ONE template (FetchBuilderSuccesfulResponseDto); a
 *   list endpoint answers a list, read from `builders` (the builder's name for them), else
 *   `templates`, else a bare list.
 * - The delete lists no scope (Location-Access with an empty list): `emails/builder.write`, the
 *   other template writes' scope, is used (test/conformance.test.ts records the inference).
 * - Create / update (POST /emails/builder, /emails/builder/data) and the campaign list
 *   (GET /emails/schedule) are not operations; the reasons file says why.
 */
const V = '2021-07-28' as const;

export const listTemplatesEndpoint = endpoint('GET', '/emails/builder', V, ['emails/builder.readonly']);
export const deleteTemplateEndpoint = endpoint('DELETE', '/emails/builder/{locationId}/{templateId}', V, ['emails/builder.write']);

export const emailTemplateTable = defineRecord(
  {
    id: { label: 'Template ID', type: t.text, from: ['id', '_id'], sample: '67334b231f2fad724062f52b5' },
    name: { label: 'Name', type: t.text, sample: 'Appointment Reminder', primary: true },
    templateType: { label: 'Template Type', type: t.text, from: ['templateType', 'type'], sample: 'builder' },
    isPlainText: { label: 'Plain Text', type: t.boolean, sample: false },
    previewUrl: { label: 'Preview URL', type: t.text, sample: 'https://preview.example.com/67334b231f2fad724062f52b5' },
    version: { label: 'Builder Version', type: t.text, sample: '2' },
    updatedBy: { label: 'Updated By', type: t.text, sample: 'Front Desk' },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-01T15:04:05.000Z' },
    lastUpdated: { label: 'Last Updated', type: t.datetime, sample: '2025-03-14T18:13:49.000Z' },
  },
  { name: 'email template' },
);

const fromBuilders = emailTemplateTable.list('builders', 'the email template list');
const fromTemplates = emailTemplateTable.list('templates', 'the email template list');
const bare = emailTemplateTable.list('', 'the email template list');

export const templateList = (body: unknown) =>
  Array.isArray(body) ? bare(body) : isRecord(body) && body.builders === undefined && body.templates !== undefined ? fromTemplates(body) : fromBuilders(body);

export const templateField = () =>
  f.id({ label: 'Email Template', required: true, dynamic: 'emailTemplateDropdown.id.name', helpText: 'The template. Pick one, or map a Template ID (from New Email Template).' });
