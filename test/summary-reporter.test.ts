/**
 * The run's closing lines (test/support/summary-reporter.js): one line per reason for skipped
 * checks, however many files carry it, then the "N passed, N failed, N skipped" line CI reads.
 */
import { SKIP_MESSAGE } from './support/spec';

const SummaryReporter = require('./support/summary-reporter.js') as new () => { onRunComplete(c: unknown, r: unknown): void };

const t = (title: string, status: 'passed' | 'pending') => ({ title, status });

test('a clone without the specs reads ONE line saying what was skipped and why, before the closing line', () => {
  const results = {
    numPassedTests: 3,
    numFailedTests: 0,
    numPendingTests: 6,
    numTodoTests: 0,
    testResults: [
      { testResults: [t('GET /contacts/', 'pending'), t('POST /contacts/', 'pending'), t('records are well-formed', 'passed'), t(SKIP_MESSAGE, 'pending')] },
      { testResults: [t('New Contact: newest first', 'passed'), t(SKIP_MESSAGE, 'pending')] },
      { testResults: [t('a relay test skipped for another reason', 'pending'), t('x', 'passed')] },
      { testResults: [t('sandbox route GET /contacts/', 'pending'), t(SKIP_MESSAGE, 'pending')] },
    ],
  };
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  try {
    new SummaryReporter().onRunComplete(undefined, results);
  } finally {
    spy.mockRestore();
  }
  expect(out).toEqual([`\nSkipped 6 tests in 3 files ${SKIP_MESSAGE}.\n`, '\n3 passed, 0 failed, 6 skipped\n']);
  expect(SKIP_MESSAGE).toMatch(/^because HighLevel's OpenAPI specs are not at .+\/apps: .+ Set HIGHLEVEL_SPEC_DIR to a folder holding the specs \(apps\/\*\.json\) to run them$/);
});

test('with nothing skipped for a reason, only the closing line', () => {
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  try {
    new SummaryReporter().onRunComplete(undefined, { numPassedTests: 2, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0, testResults: [{ testResults: [t('a', 'passed')] }] });
  } finally {
    spy.mockRestore();
  }
  expect(out).toEqual(['\n2 passed, 1 failed, 0 skipped\n']);
});
