import type { Bundle, ZObject } from 'zapier-platform-core';
import { dropdownItems } from '../../src/records/dropdown-item';
import { connectedLocation } from '../../src/records/location';
import { locationTaskList, locationTaskTable } from '../../src/records/location-task';
import { formSubmissionOutputs, surveySubmissionOutputs } from '../../src/records/submission';
import { intercept, resetNock, run } from '../support/harness';
import { SKIP_MESSAGE } from '../support/spec';
import { specAvailable, specBody } from './spec-bodies';

/**
 * Lenient parsing of the records converted last to record tables (location tasks, form and survey
 * submissions): a field of an unexpected type, null, or a number as text is an empty (or read)
 * output and a z.console line, never a dropped record or a failed poll; answers shaped like the
 * spec's own schema are read.
 */
afterEach(resetNock);
if (!specAvailable) test.skip(SKIP_MESSAGE, () => undefined);
const specTest = specAvailable ? test : test.skip;
/** The tests that run a trigger through Zapier's app tester: the first loads the whole app, which takes seconds under load. */
const APP_RUN_MS = 20_000;

function ctxWithConsole() {
  const lines: string[] = [];
  const z = { console: { log: (line: string) => lines.push(line) } } as unknown as ZObject;
  return { ctx: { z, bundle: { authData: { locationId: 'LOC123' }, inputData: {} } as unknown as Bundle }, lines };
}

const EMPTY_TASK = {
  title: null, body: null, dueDate: null, completed: false, assignedTo: null, assignedToName: null, assignedToEmail: null,
  contactId: null, contactName: null, contactEmail: null, locationId: null, dateAdded: null, dateUpdated: null,
};

describe('location tasks (POST /locations/{locationId}/tasks/search)', () => {
  test('a task with a mistyped field is output (that field empty, one log line), not dropped from the poll', async () => {
    const { ctx, lines } = ctxWithConsole();
    const rows = locationTaskList({
      tasks: [
        { _id: 't1', title: 42, completed: 'true', dueDate: { $date: 1 }, dateAdded: 1710428645000, contactDetails: { firstName: 'Rosa', lastName: 'Delgado', email: 7 } },
        { id: 't2', title: null, completed: null, assignedTo: null, contactDetails: null },
      ],
    });
    expect(await locationTaskTable.output(rows, ctx)).toEqual([
      { ...EMPTY_TASK, id: 't1', title: '42', completed: true, dateAdded: '2024-03-14T15:04:05.000Z', contactName: 'Rosa Delgado', contactEmail: '7' },
      { ...EMPTY_TASK, id: 't2' },
    ]);
    expect(lines).toEqual(['HighLevel sent task t1 with "dueDate" (Due Date) as an object; the output "dueDate" is left empty.']);
  });

  test('New Task outputs a task whose flag is text rather than dropping it', async () => {
    intercept('POST', '/locations/LOC123/tasks/search', { body: { tasks: [{ id: 't3', title: 'Call', completed: 'false', dateAdded: '2025-03-16T10:00:00.000Z' }] } });
    expect(await run('triggers', 'newTask')).toEqual([{ ...EMPTY_TASK, id: 't3', title: 'Call', dateAdded: '2025-03-16T10:00:00.000Z' }]);
  }, APP_RUN_MS);

  test('a list that is no list fails naming it; items without an id are skipped', () => {
    expect(() => locationTaskList({ tasks: 'none' })).toThrow(/the task search with an unexpected response at .*tasks.*: expected a list, got a string/);
    expect(locationTaskList({ tasks: [{ title: 'no id' }, [{ _id: 't4' }]] }).map((r) => r.id)).toEqual(['t4']);
  });

  specTest('the spec\'s own schema (items typed as lists) reads as no task', () => {
    expect(locationTaskList(specBody('locations', 'LocationTaskListSuccessfulResponseDto', 'types'))).toEqual([]);
  });
});

const EMPTY_SUBMISSION = { contactId: null, name: null, email: null, createdAt: null, pageUrl: null, pageTitle: null, source: null, referrer: null, fullAddress: null };

describe('form and survey submissions (GET /forms/submissions, GET /surveys/submissions)', () => {
  test('mistyped fields (an epoch time, a numeric name, text "others", an object page) do not fail the poll', async () => {
    const { ctx, lines } = ctxWithConsole();
    const body = {
      submissions: [
        { id: 's1', formId: 'F1', createdAt: 1710428645000, name: 12, email: null, others: 'text' },
        { id: 's2', createdAt: '2025-03-16T10:00:00.000Z', others: { formId: 'F2', eventData: { page: 'home', parentName: 'Postcard' }, city: 'Dolomite', postal_code: 35061 } },
      ],
      meta: { nextPage: null },
    };
    const out = await formSubmissionOutputs.output(formSubmissionOutputs.records(body), ctx);
    expect(out).toEqual([
      { ...EMPTY_SUBMISSION, id: 's1', formId: 'F1', formName: null, name: '12', createdAt: '2024-03-14T15:04:05.000Z' },
      { ...EMPTY_SUBMISSION, id: 's2', formId: 'F2', formName: 'Postcard', createdAt: '2025-03-16T10:00:00.000Z', fullAddress: 'Dolomite, 35061', field_city: 'Dolomite', field_postal_code: 35061 },
    ]);
    expect(lines).toEqual([]);
  });

  test('a survey submission with a wrong-typed field is one log line and an empty output', async () => {
    const { ctx, lines } = ctxWithConsole();
    const body = { submissions: [{ id: 'v1', surveyId: 'S1', email: { a: 1 }, createdAt: '2025-03-16T10:00:00.000Z', others: { rating: 9 } }] };
    expect(await surveySubmissionOutputs.output(surveySubmissionOutputs.records(body), ctx)).toEqual([
      { ...EMPTY_SUBMISSION, id: 'v1', surveyId: 'S1', surveyName: null, createdAt: '2025-03-16T10:00:00.000Z', field_rating: 9 },
    ]);
    expect(lines).toEqual(['HighLevel sent survey submission v1 with "email" (Submitter Email) as an object; the output "email" is left empty.']);
  });

  test('New Form Submission fires for a submission with an epoch creation time', async () => {
    intercept('GET', '/forms/submissions', { body: { submissions: [{ id: 's3', createdAt: 1710428645000 }], meta: { nextPage: null } } });
    expect(await run('triggers', 'newFormSubmission')).toEqual([{ ...EMPTY_SUBMISSION, id: 's3', formId: null, formName: null, createdAt: '2024-03-14T15:04:05.000Z' }]);
  }, APP_RUN_MS);

  specTest('answers shaped like the spec\'s schemas (examples and types) are read', async () => {
    const { ctx } = ctxWithConsole();
    const forms = specBody('forms', 'FormsSubmissionsSuccessfulResponseDto', 'examples');
    const [form] = await formSubmissionOutputs.output(formSubmissionOutputs.records(forms), ctx);
    expect(form).toMatchObject({ id: '38303ec7-629a-49e2-888a-cf8bf0b1f97e', formId: 'YSWdvS4Is98wtIDGnpmI', createdAt: '2021-06-23T06:07:04.000Z', email: 'test@test.com' });
    const surveys = specBody('surveys', 'GetSurveysSubmissionSuccessfulResponseDto', 'types');
    const [survey] = await surveySubmissionOutputs.output(surveySubmissionOutputs.records(surveys), ctx);
    expect(survey).toMatchObject({ id: 'text', surveyId: 'text', name: 'text', createdAt: 'text' });
  });
});

describe('the connected location and dropdown items', () => {
  test('the connection test reads a location with mistyped fields (it failed the connection before)', () => {
    expect(connectedLocation({ location: { id: 'LOC123', name: 'Delgado Dental', address: { line1: '3535 1st St N' }, companyId: null, timezone: 7 } })).toMatchObject({
      id: 'LOC123', name: 'Delgado Dental', address: null, companyId: null, timezone: '7',
    });
  });

  test('a dropdown lists an item whose status is an object or whose id is a number', () => {
    const items = dropdownItems('workflows', 'the workflow list')({ workflows: [{ id: 7, name: 'Welcome', status: { state: 'draft' } }, { id: 'w2', name: null, isActive: 'false' }] });
    expect(items.map((i) => [i.id, i.name, i.status, i.isActive])).toEqual([['7', 'Welcome', '{"state":"draft"}', null], ['w2', null, null, false]]);
  });
});
