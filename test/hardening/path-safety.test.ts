import type { Bundle, ZObject } from 'zapier-platform-core';
import { buildPath } from '../../src/client';
import { declaredEndpoints, pathParams } from '../../src/endpoint';
import { unsafePathValueReason } from '../../src/path-safety';
import { hydrateRecording, hydrateTranscription } from '../../src/records/recording';
import { appTester, AUTH } from '../support/harness';
import { userMessage } from '../support/table';
import { cases, catchAll, sent, thrown, walk } from './path-walk';

/**
 * A dot segment in an ID changed which record a request acted on ("Delete Contact Note" with
 * Note ID `..` sent DELETE /contacts/{contactId}/, deleting the contact). Every operation whose
 * endpoint has a path placeholder filled from an input is walked here, generically: `..` and
 * `%2e%2E` are refused with an error naming the field and no request at all (path-safety-dots,
 * path-safety-encoded); here an unpaired surrogate, the buildPath backstop and file references.
 */

catchAll();

test('the walk finds the operations with path IDs (Delete Contact Note, Delete Contact, ...)', () => {
  const names = cases.map((c) => `${c.kind}.${c.key}:${c.param}`);
  expect(names).toEqual(expect.arrayContaining(['creates.deleteContactNote:noteId', 'creates.deleteContact:contactId', 'searches.getContact:contactId']));
  expect(cases.length).toBeGreaterThan(80);
});

walk('\ud800x');

test('buildPath refuses a dot segment in EVERY declared endpoint placeholder, whatever module built it', () => {
  const withParams = declaredEndpoints().filter((ep) => pathParams(ep.path).length > 0);
  expect(withParams.length).toBeGreaterThan(50);
  for (const ep of withParams) {
    for (const param of pathParams(ep.path)) {
      for (const bad of ['..', '%2e%2e', '.']) {
        const values = Object.fromEntries(pathParams(ep.path).map((p) => [p, p === param ? bad : 'ok1']));
        expect(userMessage(thrown(() => buildPath(ep, values)))).toMatch(new RegExp(`^"${param}" must be a HighLevel ID`));
      }
    }
  }
});

test('buildPath names the placeholder for a broken surrogate instead of a raw "URI malformed"', () => {
  const ep = declaredEndpoints().find((e) => e.path === '/contacts/{contactId}')!;
  expect(userMessage(thrown(() => buildPath(ep, { contactId: 'ab\udc00' })))).toMatch(/^"contactId" contains an invalid character/);
});

test('file references (recordings, transcriptions) with a dot segment are refused before any download', async () => {
  for (const hydrate of [hydrateRecording, hydrateTranscription]) {
    for (const messageId of ['..', '%2e%2e']) {
      const bundle = { authData: AUTH, inputData: { messageId, locationId: 'LOC123' } } as unknown as Bundle;
      const err = await appTester(hydrate as unknown as (z: ZObject, b: Bundle) => Promise<unknown>, bundle).catch((e: unknown) => e);
      expect(userMessage(err)).toMatch(/"messageId" must be a HighLevel ID/);
    }
  }
  expect(sent).toEqual([]);
});

test('the rule itself: ordinary IDs, emails and slugs pass; dot segments, separators and control characters do not', () => {
  for (const ok of ['IDqvFHGColiyK6jiatuz', 'ana@example.com', 'my-blog-post', 'a.b', '.a', '%41']) expect(unsafePathValueReason(ok)).toBeNull();
  // The same dot-segment test as API Request's paths: `...`, path parameters (`..;x`), full-width dots, C1 controls.
  for (const bad of ['', ' ', '.', '..', ' .. ', '...', '..;jsessionid=1', '\uff0e\uff0e', '%EF%BC%8E%EF%BC%8E', 'a\u0085b', '%2e', '%2E%2e', '%252E%252E', 'a/b', 'a%2fb', 'a\\b', 'a?b', 'a#b', 'a\nb', 'a\u0000b', '\ud83d', '\ude00x']) {
    expect(unsafePathValueReason(bad)).not.toBeNull();
  }
});
