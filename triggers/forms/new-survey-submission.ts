import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineListTrigger } from '../../src/operation';
import { surveySubmissionOutputs, submissionsRequest } from '../../src/records/submission';

/**
 * New Survey Submission: GET /surveys/submissions has the same shape as the form submissions and
 * no sort parameter either, so it polls the same way: the whole window today - 2 days .. tomorrow
 * (YYYY-MM-DD), every page, newest first by `createdAt`; one request per idle poll while the
 * window holds at most 100 submissions. Dedupe on the submission id.
 */
export default defineListTrigger({
  key: 'newSurveySubmission',
  noun: 'Submission',
  label: 'New Survey Submission',
  description:
    'Triggers when a survey is submitted, with every answer as its own field (custom fields by name) and the submitting contact.',
  endpoint: endpoint('GET', '/surveys/submissions', '2021-07-28', ['surveys.readonly']),
  inputs: {
    surveyId: f.id({
      label: 'Survey',
      dynamic: 'surveyDropdown.id.name',
      helpText: 'Only submissions of this survey. Leave empty to trigger on every survey of the location.',
    }),
  },
  request: submissionsRequest('survey'),
  ...surveySubmissionOutputs,
});
