import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { listTemplatesEndpoint, templateList } from '../../src/records/email-template';

const PAGE = 100;

/** The location's email templates, newest first, 100 a page (offset). */
export default defineListTrigger({
  key: 'emailTemplateDropdown',
  noun: 'Email Template',
  label: 'Email Templates (Dropdown)',
  description: 'Triggers when the Email Template dropdown loads: lists the location\'s email templates.',
  hidden: true,
  canPaginate: true,
  endpoint: listTemplatesEndpoint,
  inputs: {},
  request: (_i, { bundle }) => ({
    query: { locationId: locationId(bundle), sortByDate: 'desc', templatesOnly: 'true', limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE },
  }),
  records: templateList,
  output: each((t) => ({ id: t.id, name: t.name ?? t.id })),
  sample: { id: '67334b231f2fad724062f52b5', name: 'Appointment Reminder' },
  outputFields: [
    { key: 'id', label: 'Template ID' },
    { key: 'name', label: 'Email Template' },
  ],
});
