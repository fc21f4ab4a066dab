/**
 * The run's closing lines (test/support/summary-reporter.js): one line per reason for skipped
 * checks, however many files carry it, then the "N passed, N failed, N skipped" line CI reads.
 */
import fs from 'node:fs';
import path from 'node:path';
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

test('every test file that skips checks where a reference file is absent says why, in the one line the reporter prints', () => {
  // A conditional skip without a "because ..." marker is counted as skipped with no reason (a clone
  // without the specs read "N skipped" and no line for them); a console.log of the reason is no
  // marker either (jest prints it as a console block per file).
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) return d.name === 'cases' ? [] : files(p);
      return d.name.endsWith('.ts') ? [p] : [];
    });
  const CONDITIONAL = /\?\s*(test|describe|it)\s*:\s*(test|describe|it)\.skip\b/;
  const MARKER = /test\.skip\(\s*(SKIP_MESSAGE\b|[`'"]because )|markSkipped\(/;
  const problems = files(__dirname).flatMap((f) => {
    const src = fs.readFileSync(f, 'utf8');
    const rel = path.relative(__dirname, f);
    return [
      ...(CONDITIONAL.test(src) && !MARKER.test(src) ? [`${rel}: skips conditionally without a "because ..." marker`] : []),
      ...(/console\.log\(SKIP_MESSAGE\)/.test(src) ? [`${rel}: logs SKIP_MESSAGE instead of marking the skip`] : []),
    ];
  });
  expect(problems).toEqual([]);
});
