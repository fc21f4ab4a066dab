#!/usr/bin/env node
// Proves a built zip (zapier build) loads and runs: unzips it into a temp folder, starts a tiny
// HighLevel stand-in on 127.0.0.1, and runs the "New Contact" trigger through the zip's own
// Lambda handler (zapierwrapper.js), exactly as Zapier would invoke it. Given the source.zip too
// (second argument), checks it holds the app's TypeScript source (every .ts file of the app's
// folders and what they import from elsewhere, scripts/source-files.js) and no node_modules/, dist/, build/ or .env.
// Usage: node scripts/verify-zip.js build/build.zip [build/source.zip]
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const zip = path.resolve(process.argv[2] || 'build/build.zip');
const sourceZip = process.argv[3] ? path.resolve(process.argv[3]) : undefined;
const repo = path.resolve(__dirname, '..');
const { appSourceFiles } = require('./source-files');

/** Problems with source.zip: missing app source files, or files that are not source. */
function sourceZipProblems(file) {
  const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter((e) => e && !e.endsWith('/'));
  const have = new Set(entries);
  const expected = ['package.json', ...appSourceFiles(repo)];
  const missing = expected.filter((e) => !have.has(e));
  const extra = entries.filter((e) => /^(node_modules|dist|build)\//.test(e) || /(^|\/)\.env$/.test(e));
  const some = (list, what) => [...list.slice(0, 3).map((x) => `${what} ${x}`), ...(list.length > 3 ? [`${list.length - 3} more ${what}`] : [])];
  return { entries: entries.length, ts: entries.filter((e) => e.endsWith('.ts')).length, problems: [...some(missing, 'missing'), ...some(extra, 'not source:')] };
}

// zapier-platform-core prints `ZID: .. RSSMEM: {..}` on every invocation not flagged calledFromCli
// (core src/tools/memory-checker.js:28-29); this check calls the handler as Zapier does, so drop
// that one line from the output.
const log = console.log;
console.log = (...args) => (args[0] === 'ZID:' && args[5] === 'RSSMEM:' ? undefined : log(...args));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-zip-'));
execFileSync('unzip', ['-q', zip, '-d', dir]);

const seen = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    seen.push({ method: req.method, url: req.url, version: req.headers.version, auth: req.headers.authorization, body });
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST' && req.url === '/contacts/search') {
      res.end(JSON.stringify({ contacts: [{ id: 'zipcheck1', firstName: 'Zip', lastName: 'Check', city: 'Austin', dateAdded: '2025-01-01T00:00:00.000Z' }], total: 1 }));
    } else {
      res.statusCode = 404;
      res.end(JSON.stringify({ statusCode: 404, message: `Cannot ${req.method} ${req.url}` }));
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  process.env.HIGHLEVEL_API_BASE_URL = `http://127.0.0.1:${port}`;
  try {
    const { handler } = require(path.join(dir, 'zapierwrapper.js'));
    const event = {
      command: 'execute',
      method: 'triggers.newContact.operation.perform',
      bundle: { authData: { access_token: 'zip-check-token', locationId: 'LOC_ZIP' }, inputData: {}, meta: {} },
    };
    const result = await new Promise((resolve, reject) =>
      handler(event, { getRemainingTimeInMillis: () => 30000 }, (err, out) => (err ? reject(err) : resolve(out))),
    );
    const items = result.results;
    const call = seen[0];
    const ok =
      Array.isArray(items) && items[0] && items[0].id === 'zipcheck1' && items[0].city === 'Austin' &&
      call && call.version === '2021-07-28' && call.auth === 'Bearer zip-check-token' && JSON.parse(call.body).locationId === 'LOC_ZIP';
    const size = fs.statSync(zip).size;
    console.log(`${ok ? 'OK' : 'FAILED'}: ${path.relative(process.cwd(), zip)} (${(size / 1024).toFixed(0)} KiB) loads; New Contact ran through its Lambda handler: ${items ? items.length : 0} item(s), request ${call ? `${call.method} ${call.url} Version ${call.version}` : 'none'}`);
    let sourceOk = true;
    if (sourceZip) {
      const s = sourceZipProblems(sourceZip);
      sourceOk = s.problems.length === 0;
      console.log(`${sourceOk ? 'OK' : 'FAILED'}: ${path.relative(process.cwd(), sourceZip)} holds ${s.entries} files, ${s.ts} of them TypeScript${sourceOk ? '' : `: ${s.problems.join('; ')}`}`);
    }
    process.exitCode = ok && sourceOk ? 0 : 1;
  } catch (err) {
    console.error('FAILED: the built zip did not run:', err && err.message ? err.message : err);
    process.exitCode = 1;
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
