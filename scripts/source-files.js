'use strict';
// The app's TypeScript source as source.zip must hold it: every .ts file of the app's folders and
// entry points, plus every project file they import from outside those folders (relay/contract.ts,
// whose types and event lists the instant triggers use), so the zipped source compiles as it is.
// Used by scripts/verify-zip.js (what source.zip must contain) and test/deploy/source-files.test.ts
// (that scripts/build-zip.sh copies all of it).
const fs = require('node:fs');
const path = require('node:path');

const APP_FOLDERS = ['src', 'triggers', 'creates', 'searches'];
const ENTRY_POINTS = ['index.ts', 'authentication.ts'];

const posix = (p) => p.split(path.sep).join('/');
const walk = (repo, dir) =>
  fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(repo, path.join(dir, d.name)) : d.name.endsWith('.ts') ? [posix(path.join(dir, d.name))] : [],
  );

/** Relative import specifiers of a TypeScript file (`from './x'`, `import('./x')`, `require('./x')`). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](\.\.?\/[^'"]+)['"]/g;

/** The project file a relative specifier names (x.ts, x/index.ts or x itself), or null. */
function resolve(repo, fromFile, spec) {
  const base = path.join(path.dirname(path.join(repo, fromFile)), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return posix(path.relative(repo, candidate));
  }
  return null;
}

/** Every .ts file of the app (sorted), with the files it imports from elsewhere in the project. */
function appSourceFiles(repo) {
  const files = new Set([...ENTRY_POINTS, ...APP_FOLDERS.flatMap((d) => walk(repo, d))]);
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop();
    const text = fs.readFileSync(path.join(repo, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(repo, file, m[1]);
      if (target && target.endsWith('.ts') && !target.startsWith('../') && !files.has(target)) {
        files.add(target);
        queue.push(target);
      }
    }
  }
  return [...files].sort();
}

module.exports = { APP_FOLDERS, appSourceFiles };

// `node scripts/source-files.js --outside`: the files outside the app's folders and entry points,
// one per line (scripts/build-zip.sh copies them into the staging folder).
if (require.main === module && process.argv[2] === '--outside') {
  const repo = path.resolve(__dirname, '..');
  const inside = (f) => ENTRY_POINTS.includes(f) || APP_FOLDERS.some((d) => f.startsWith(`${d}/`));
  for (const f of appSourceFiles(repo).filter((f) => !inside(f))) console.log(f);
}
