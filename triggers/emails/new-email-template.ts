import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { emailTemplateTable, listTemplatesEndpoint, templateList } from '../../src/records/email-template';

/** New Email Template: GET /emails/builder newest first (sortByDate desc), one request per poll, templates only (no folders). */
export default defineListTrigger({
  key: 'newEmailTemplate',
  noun: 'Email Template',
  label: 'New Email Template',
  description: 'Triggers when an email template is created in the location\'s email builder, e.g. to log it or share its preview link with the team.',
  endpoint: listTemplatesEndpoint,
  inputs: {
    search: f.text({ label: 'Name Contains', helpText: 'Only templates whose name contains this text, e.g. `reminder`.' }),
  },
  request: (i, { bundle }) => ({
    query: { locationId: locationId(bundle), sortByDate: 'desc', templatesOnly: 'true', limit: pollLimit(bundle), search: i.search },
  }),
  records: templateList,
  ...emailTemplateTable.outputs,
});
