import { checkApiPath } from '../../src/api-path';

const FIELD = { key: 'path', label: 'Path' };
const noLocation = (): string => {
  throw new Error('location asked for');
};

test('a path keeps its trailing slash, gains a leading one, and its query (repeats as lists) is split off', () => {
  expect(checkApiPath('contacts/?tag=a&tag=b&q=ana%20lima', FIELD, noLocation)).toEqual({ path: '/contacts/', query: { tag: ['a', 'b'], q: 'ana lima' } });
});

test('the location is asked for only when the path holds {locationId}', () => {
  expect(checkApiPath('/companies/COMP9', FIELD, noLocation)).toEqual({ path: '/companies/COMP9', query: {} });
  expect(checkApiPath('/locations/{locationId}/tags/{locationId}', FIELD, () => 'L 2')).toEqual({ path: '/locations/L%202/tags/L%202', query: {} });
});

test('characters that are not URL-safe are encoded once; valid escapes are kept as they are', () => {
  expect(checkApiPath('/blogs/posts/url-slug-exists/café "x"|y', FIELD, noLocation).path).toBe('/blogs/posts/url-slug-exists/caf%C3%A9%20%22x%22%7Cy');
  expect(checkApiPath('/contacts/a%20b', FIELD, noLocation).path).toBe('/contacts/a%20b');
  expect(checkApiPath('/contacts/v1.2', FIELD, noLocation).path).toBe('/contacts/v1.2');
});
