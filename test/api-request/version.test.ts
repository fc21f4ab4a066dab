import '../../index'; // every module declares its endpoint records
import { defaultVersion, familyVersion } from '../../src/api-version';
import type { HttpMethod } from '../../src/endpoint';
import { SKIP_MESSAGE, specAvailable, specOps, specVersion } from '../support/spec';

const concrete = (template: string): string => template.replace(/\{([^}]+)\}/g, (_m, name: string) => `sample-${name}`);

test('a path no record or family covers gets 2021-07-28; calendars and conversations get 2021-04-15', () => {
  expect([familyVersion('GET', '/unknown/thing'), familyVersion('GET', '/calendars/x'), familyVersion('POST', '/conversations/'), familyVersion('GET', '/links/search')]).toEqual([
    '2021-07-28',
    '2021-04-15',
    '2021-04-15',
    '2021-04-15',
  ]);
});

test('a declared endpoint gives its record\'s Version, literal segments before placeholders', () => {
  expect(defaultVersion('POST', '/contacts/search')).toBe('2021-07-28');
  expect(defaultVersion('GET', '/calendars/events/appointments/ev1')).toBe('2021-04-15');
});

if (specAvailable) {
  test('the default Version is the spec\'s for every endpoint of every spec file that declares one', () => {
    const checked = specOps().filter((o) => specVersion(o) !== undefined);
    const wrong = checked
      .map((o) => ({ endpoint: `${o.method} ${o.template}`, spec: specVersion(o), sent: defaultVersion(o.method as HttpMethod, concrete(o.template)) }))
      .filter((x) => x.spec !== x.sent);
    expect(wrong).toEqual([]);
    expect(checked.length).toBeGreaterThan(500);
  });
} else {
  test.skip(SKIP_MESSAGE, () => undefined);
}
