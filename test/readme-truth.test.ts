/**
 * What README.md and CONTRIBUTING.md state about the app, checked against the app: the agency
 * scopes written out in the prose, the npm scripts they name, and that neither sends a user to
 * files under ../shared (a clone does not have them). The operations table and its counts are
 * checked by test/readme.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import '../index';
import { requiredScopes } from '../src/endpoint';

const read = (f: string) => fs.readFileSync(path.resolve(__dirname, '..', f), 'utf8');
const README = read('README.md');
const CONTRIBUTING = read('CONTRIBUTING.md');

test('the agency connection\'s extra scopes are written out in full, and are exactly what it asks for', () => {
  const marked = README.match(/<!-- agency-scopes -->(.*?)<!-- \/agency-scopes -->/)?.[1];
  expect(marked).toBeDefined();
  const listed = [...marked!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const location = requiredScopes('location');
  expect(listed).toEqual(requiredScopes('agency').filter((s) => !location.includes(s)));
});

test('every `npm run <script>` the docs name exists', () => {
  const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
  const named = [...new Set([...(README + CONTRIBUTING).matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))];
  expect(named.length).toBeGreaterThan(5);
  expect(named.filter((n) => !scripts.includes(n))).toEqual([]);
});

test('nothing tells a user to read files under ../shared', () => {
  expect(`${README}\n${CONTRIBUTING}`.match(/\.\.\/shared\b.*/g) ?? []).toEqual([]);
});
