import { intercept, run } from '../harness';
test('a request through nock', async () => {
  intercept('GET', '/contacts/c1', { body: { contact: { id: 'c1' } } });
  intercept('GET', '/locations/LOC123/customFields', { body: { customFields: [] } });
  const out = (await run('searches', 'getContact', { contactId: 'c1' })) as { id: string }[];
  expect(out[0]!.id).toBe('c1');
});
