import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * source.zip holds the app's source so that it compiles as zipped: the app's folders AND the files
 * they import from elsewhere in the project (the instant triggers import relay/contract.ts; the
 * zip lacked it, so its src/hook-trigger.ts named a file that was not there).
 */
const repo = path.resolve(__dirname, '../..');
const { appSourceFiles } = require('../../scripts/source-files.js') as { appSourceFiles: (repo: string) => string[] };

test('the app source includes what the app imports from outside its folders', () => {
  const files = appSourceFiles(repo);
  expect(files).toContain('relay/contract.ts');
  expect(files).toContain('src/hook-trigger.ts');
  expect(files.filter((f) => !/^(src|triggers|creates|searches)\//.test(f))).toEqual(['authentication.ts', 'index.ts', 'relay/contract.ts']);
});

test('scripts/build-zip.sh stages every file of the app source (what verify-zip then requires of source.zip)', () => {
  const script = fs.readFileSync(path.join(repo, 'scripts/build-zip.sh'), 'utf8');
  const source = /SOURCE=\(([^)]*)\)/.exec(script)![1]!.split(/\s+/).filter(Boolean);
  const outside = script.includes('node scripts/source-files.js --outside')
    ? execFileSync('node', ['scripts/source-files.js', '--outside'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean)
    : [];
  const staged = (f: string) => outside.includes(f) || source.some((s) => f === s || f.startsWith(`${s}/`));
  expect(appSourceFiles(repo).filter((f) => !staged(f))).toEqual([]);
});
