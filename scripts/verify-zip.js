#!/usr/bin/env node
// Proves a built zip (zapier build) loads and runs: unzips it into a temp folder, starts a tiny
// HighLevel stand-in on 127.0.0.1, and runs the "New Contact" trigger through the zip's own
// Lambda handler (zapierwrapper.js), exactly as Zapier would invoke it.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const zip = path.resolve(process.argv[2] || 'build/build.zip');
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
    process.exitCode = ok ? 0 : 1;
  } catch (err) {
    console.error('FAILED: the built zip did not run:', err && err.message ? err.message : err);
    process.exitCode = 1;
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
