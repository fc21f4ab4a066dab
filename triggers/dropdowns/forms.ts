import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger, each } from '../../src/operation';
import { dropdownItems } from '../../src/records/dropdown-item';

/** GET /forms/ answers at most 50 forms a page ("maximum up to 50"), so Zapier's "load more" pages by 50. */
const PAGE = 50;

/** The location's forms, for the Form dropdown (defineDropdown pages by 100, more than this endpoint allows). */
export default defineListTrigger({
  key: 'formDropdown',
  noun: 'Form',
  label: 'Forms (Dropdown)',
  description: 'Triggers when the Form dropdown loads: lists the forms of the connected location.',
  hidden: true,
  canPaginate: true,
  endpoint: endpoint('GET', '/forms/', '2021-07-28', ['forms.readonly']),
  inputs: {},
  request: (_input, { bundle }) => ({
    query: { locationId: locationId(bundle), limit: PAGE, skip: (Number(bundle.meta?.page) || 0) * PAGE },
  }),
  records: dropdownItems('forms', 'the form list'),
  output: each((form) => ({ id: form.id, name: form.name || form.id })),
  sample: { id: 'YSWdvS4Is98wtIDGnpmI', name: 'Free Postcard Request' },
  outputFields: [
    { key: 'id', label: 'Form ID' },
    { key: 'name', label: 'Form' },
  ],
});
