import app from '../../index';
import { declaredEndpoints, isAgencyOnly, usesAgencyToken, type Endpoint } from '../../src/endpoint';
import { ExtStore } from '../../sandbox/ext-store';
import { allRoutes } from '../../sandbox/server';
import { SandboxStore } from '../../sandbox/store';

/**
 * The sandbox serves every endpoint the app calls (the app's endpoint records, as
 * test/conformance.test.ts reads them), with the same Version header, so every operation can be
 * tried against it. Needs no specs: it compares the app with the sandbox. test/e2e/every-operation
 * then runs each operation through the app against a running sandbox.
 */
void app; // every operation module is loaded, so every endpoint is declared

const routes = allRoutes({ store: new SandboxStore(), ext: new ExtStore(), baseUrl: () => 'http://127.0.0.1:0' });
const served = new Map<string, (typeof routes)[number]>(routes.map((r) => [`${r.method} ${r.path}`, r]));

test('every endpoint the app declares has a sandbox route, with the same Version', () => {
  const missing = declaredEndpoints().filter((e) => !served.has(`${e.method} ${e.path}`)).map((e) => `${e.method} ${e.path}`);
  expect(missing).toEqual([]);
  const wrongVersion = declaredEndpoints()
    .filter((e) => served.get(`${e.method} ${e.path}`)?.version !== e.version)
    .map((e) => `${e.method} ${e.path}: app ${e.version}, sandbox ${served.get(`${e.method} ${e.path}`)?.version}`);
  expect(wrongVersion).toEqual([]);
  expect(declaredEndpoints().length).toBeGreaterThan(130);
});

test('each route takes the token the app sends it: agency-only endpoints a Company token, "either" endpoints both, the rest a Location token', () => {
  const expected = (e: Endpoint) => (isAgencyOnly(e) ? 'company' : usesAgencyToken(e) ? 'either' : 'location');
  const wrong = declaredEndpoints()
    .filter((e) => served.get(`${e.method} ${e.path}`)?.token !== expected(e))
    .map((e) => `${e.method} ${e.path}: app ${expected(e)}, sandbox ${served.get(`${e.method} ${e.path}`)?.token}`);
  expect(wrong).toEqual([]);
});

test('no route is declared twice', () => {
  expect(served.size).toBe(routes.length);
});
