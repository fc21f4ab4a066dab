import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineListTrigger } from '../../src/operation';
import { formSubmissionOutputs, submissionsRequest } from '../../src/records/submission';

/**
 * New Form Submission: GET /forms/submissions has no sort parameter (mapping report, section 7),
 * so each poll reads the whole date window startAt = today - 2 days .. endAt = tomorrow
 * (YYYY-MM-DD, UTC), every page of it (page/limit=100, `meta.nextPage`), and sorts newest first by
 * `createdAt` (src/records/window.ts). An idle poll is one request while the window holds at most
 * 100 submissions. Zapier dedupes on the submission id, so each submission fires once.
 */
export default defineListTrigger({
  key: 'newFormSubmission',
  noun: 'Submission',
  label: 'New Form Submission',
  description:
    'Triggers when a form on your funnels or websites is submitted, with every answer as its own field (custom fields by name) and the submitting contact.',
  endpoint: endpoint('GET', '/forms/submissions', '2021-07-28', ['forms.readonly']),
  inputs: {
    formId: f.id({
      label: 'Form',
      dynamic: 'formDropdown.id.name',
      helpText: 'Only submissions of this form. Leave empty to trigger on every form of the location.',
    }),
  },
  request: submissionsRequest('form'),
  ...formSubmissionOutputs,
});
