import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { listTemplatesEndpoint } from '../../src/records/document';

/** The location's document templates (proposals, estimates, contracts), 100 a page. */
export default defineDropdown({
  key: 'documentTemplateDropdown',
  noun: 'Document Template',
  endpoint: listTemplatesEndpoint,
  listKey: 'data',
  pagedBySkip: true,
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  label: (t) => (typeof t.type === 'string' && t.type !== 'proposal' ? `${t.name ?? t.id} (${t.type})` : (t.name ?? t.id)),
});
