import { intercept, resetNock, run } from '../support/harness';
import { userMessage } from '../support/table';

/** Bulk operations answer 2xx even when items fail: the step must not report a plain success. */

afterEach(resetNock);
const fail = (e: unknown) => e;

describe('Bulk Update Contact Tags (answer: responses[] with each contact\'s type and message)', () => {
  test('every contact failed: the step fails with HighLevel\'s per-contact reasons', async () => {
    intercept('POST', '/contacts/bulk/tags/update/add', {
      status: 201,
      body: { succeded: false, errorCount: 2, responses: [{ contactId: 'abcdef', type: 'error', message: 'contact id is not a valid firebase id' }, { contactId: 'c404', type: 'error', message: 'Contact not found' }] },
    });
    const err = await run('creates', 'bulkUpdateContactTags', { type: 'add', contacts: 'abcdef,c404', tags: 'vip' }).catch(fail);
    expect(userMessage(err)).toBe('Bulk Update Contact Tags (add) failed for all 2 items: abcdef: contact id is not a valid firebase id; c404: Contact not found.');
  });

  test('every contact failed even when the summary flag says true', async () => {
    intercept('POST', '/contacts/bulk/tags/update/remove', { status: 201, body: { succeded: true, errorCount: 1, responses: [{ contactId: 'c1', type: 'error', message: 'Contact not found' }] } });
    const err = await run('creates', 'bulkUpdateContactTags', { type: 'remove', contacts: 'c1', tags: 'vip' }).catch(fail);
    expect(userMessage(err)).toBe('Bulk Update Contact Tags (remove) failed for all 1 item: c1: Contact not found.');
  });

  test('some failed: the output lists which and why', async () => {
    intercept('POST', '/contacts/bulk/tags/update/add', {
      status: 201,
      body: { succeded: true, errorCount: 1, responses: [{ contactId: 'c1', type: 'success', message: 'Tags updated' }, { contactId: 'c2', type: 'error', message: 'Contact not found' }, { contactId: 'c3', type: 'error' }] },
    });
    const out = await run('creates', 'bulkUpdateContactTags', { type: 'add', contacts: 'c1,c2,c3', tags: 'vip' });
    expect(out).toEqual({
      succeeded: true,
      errorCount: 1,
      updatedContactIds: ['c1'],
      failedContactIds: ['c2', 'c3'],
      failures: 'c2: Contact not found\nc3: failed (HighLevel gave no reason)',
    });
  });
});

describe('Bulk Business Update (answer: { success, ids } of the contacts changed)', () => {
  test('HighLevel changed none: the step fails and says so', async () => {
    intercept('POST', '/contacts/bulk/business', { body: { success: false, ids: [] } });
    const err = await run('creates', 'bulkUpdateContactsBusiness', { action: 'add', ids: 'c1,c2', businessId: 'B1' }).catch(fail);
    expect(userMessage(err)).toBe('Bulk Business Update (add) failed for all 2 items: c1: HighLevel reported the update as failed; c2: HighLevel reported the update as failed.');
  });

  test('some contacts missing from the answer: listed as failed', async () => {
    intercept('POST', '/contacts/bulk/business', { body: { success: true, ids: ['c1'] } });
    const out = await run('creates', 'bulkUpdateContactsBusiness', { action: 'add', ids: 'c1,c2', businessId: 'B1' });
    expect(out).toEqual({ succeeded: false, contactIds: ['c1'], failedContactIds: ['c2'], failures: 'c2: not among the contacts HighLevel changed', businessId: 'B1' });
  });
});
