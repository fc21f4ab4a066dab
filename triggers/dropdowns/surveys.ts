import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger, each } from '../../src/operation';
import { dropdownItems } from '../../src/records/dropdown-item';

/** GET /surveys/ answers at most 50 surveys a page ("maximum up to 50"), so Zapier's "load more" pages by 50. */
const PAGE = 50;

/** The location's surveys, for the Survey dropdown (defineDropdown pages by 100, more than this endpoint allows). */
export default defineListTrigger({
  key: 'surveyDropdown',
  noun: 'Survey',
  label: 'Surveys (Dropdown)',
  description: 'Triggers when the Survey dropdown loads: lists the surveys of the connected location.',
  hidden: true,
  canPaginate: true,
  endpoint: endpoint('GET', '/surveys/', '2021-07-28', ['surveys.readonly']),
  inputs: {},
  request: (_input, { bundle }) => ({
    query: { locationId: locationId(bundle), limit: PAGE, skip: (Number(bundle.meta?.page) || 0) * PAGE },
  }),
  records: dropdownItems('surveys', 'the survey list'),
  output: each((survey) => ({ id: survey.id, name: survey.name || survey.id })),
  sample: { id: 'jjusM6EOngDExnbo2DbU', name: 'Patient Satisfaction Survey' },
  outputFields: [
    { key: 'id', label: 'Survey ID' },
    { key: 'name', label: 'Survey' },
  ],
});
