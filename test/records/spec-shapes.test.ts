import { intercept, resetNock, run } from '../support/harness';
import { SKIP_MESSAGE } from '../support/spec';
import { specAvailable, specBody } from './spec-bodies';

/**
 * Answers shaped like the spec's own schemas, some of which are wrong about HighLevel (event
 * times typed as objects, the bulk tag answer's `responses` typed as strings): none fails a step.
 */
afterEach(resetNock);
if (!specAvailable) console.log(SKIP_MESSAGE);
const specTest = specAvailable ? test : test.skip;

describe('contacts: tag answers', () => {
  specTest('Bulk Update Contact Tags reads the spec example (objects) and the spec schema (strings)', async () => {
    const input = { type: 'add', contacts: ['c1'], tags: ['vip'] };
    intercept('POST', '/contacts/bulk/tags/update/add', { status: 201, body: specBody('contacts', 'UpdateTagsResponseDTO', 'examples') });
    expect(await run('creates', 'bulkUpdateContactTags', input)).toEqual({
      succeeded: true,
      errorCount: 0,
      updatedContactIds: ['qFSqySFkVvNzOSqgGqFi'],
      failedContactIds: ['abcdef', 'qFSqySFkVvNzOSqgGqFi', '3ualbhnV7j3n3a9r2moD'],
    });
    intercept('POST', '/contacts/bulk/tags/update/add', { status: 201, body: specBody('contacts', 'UpdateTagsResponseDTO', 'types') });
    expect(await run('creates', 'bulkUpdateContactTags', input)).toEqual({ succeeded: true, errorCount: 1, updatedContactIds: [], failedContactIds: [] });
  });

  specTest('Add Tags to Contact reads the spec-shaped answer', async () => {
    intercept('POST', '/contacts/c1/tags', { status: 201, body: specBody('contacts', 'CreateAddTagSuccessfulResponseDto', 'examples') });
    expect(await run('creates', 'addContactTags', { contactId: 'c1', tags: ['vip'] })).toEqual({ contactId: 'c1', tags: ['minim', 'velit magna'] });
  });
});

test('a bulk tag answer with responses as an object is an empty list, not a failed step', async () => {
  intercept('POST', '/contacts/bulk/tags/update/remove', { status: 201, body: { succeded: 'true', errorCount: '2', responses: { c1: 'success' } } });
  expect(await run('creates', 'bulkUpdateContactTags', { type: 'remove', contacts: ['c1'], tags: ['vip'] })).toEqual({
    succeeded: true,
    errorCount: 2,
    updatedContactIds: [],
    failedContactIds: [],
  });
});
