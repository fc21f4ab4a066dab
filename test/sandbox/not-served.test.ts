import { toZapierError } from '../../src/errors';
import { userMessage } from '../support/table';
import { call, withSandbox } from './support';

/**
 * A route the sandbox does not serve is not a missing record: its 404 names the method and path
 * and says the route is not served, and the app's error (what a Zap history shows) says so too,
 * instead of "The record does not exist or was deleted".
 */
test('an unserved route: the sandbox and the app say the route is not served, with method and path', async () => {
  await withSandbox({}, async (sb) => {
    const res = await call(sb, 'DELETE', '/contacts/abc/unknown-part', { query: { x: '1' } });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('The sandbox does not serve DELETE /contacts/abc/unknown-part: no such route (see sandbox/README.md, Routes)');
    const err = toZapierError({ status: 404, body: res.body, what: 'DELETE /contacts/{contactId}/unknown-part' });
    expect(userMessage(err)).toBe(
      `HighLevel answered 404 Not Found to DELETE /contacts/{contactId}/unknown-part: The sandbox does not serve DELETE /contacts/abc/unknown-part: no such route (see sandbox/README.md, Routes) (trace ID ${String(res.body.traceId)}). This endpoint is not served there (no such route), so no record was looked up.`,
    );
    // A missing record keeps its own message.
    const record = await call(sb, 'GET', '/contacts/AAAAAAAAAAAAAAAAAAAA');
    expect(userMessage(toZapierError({ status: 404, body: record.body, what: 'GET /contacts/{contactId}' }))).toMatch(/Contact not found .*The record does not exist or was deleted\.$/);
  });
});

test('HighLevel\'s own answer for an unknown route ("Cannot GET /x") reads the same way', () => {
  const err = toZapierError({ status: 404, body: { statusCode: 404, message: 'Cannot GET /oauth/installedLocations', error: 'Not Found' }, what: 'GET /oauth/installedLocations' });
  expect(userMessage(err)).toBe('HighLevel answered 404 Not Found to GET /oauth/installedLocations: Cannot GET /oauth/installedLocations. This endpoint is not served there (no such route), so no record was looked up.');
});
