import type { Case } from '../support/table';
import { CF_CALL, FLAT_CONTACT, FLAT_NOTE, FLAT_PLAIN, FLAT_TASK, RAW_CONTACT, RAW_NOTE, RAW_PLAIN, RAW_TASK, userNamesCall } from './fixtures';

const V = '2021-07-28' as const;
const SEARCH = { method: 'POST', path: '/contacts/search', version: V } as const;
const newest = (field: string) => [{ field, direction: 'desc' }];

export const contactCases: Case[] = [
  /* ------------------------------ triggers ------------------------------ */
  {
    name: 'newest contacts first, custom fields by name',
    op: 'triggers.newContact',
    calls: [
      { ...SEARCH, body: { locationId: 'LOC123', pageLimit: 100, page: 1, sort: newest('dateAdded') }, reply: { body: { contacts: [RAW_CONTACT, RAW_PLAIN], total: 2 } } },
      CF_CALL,
      // the assigned user by name: one user search for the page's distinct users
      userNamesCall(['U1']),
    ],
    output: [FLAT_CONTACT, FLAT_PLAIN],
  },
  {
    name: 'idle poll without custom values is one request; sample loading asks for 3',
    op: 'triggers.newContact',
    meta: { isLoadingSample: true },
    calls: [{ ...SEARCH, body: { locationId: 'LOC123', pageLimit: 3, page: 1, sort: newest('dateAdded') }, reply: { body: { contacts: [RAW_PLAIN] } } }],
    output: [FLAT_PLAIN],
  },
  {
    name: 'dedupe id is contact id plus update time',
    op: 'triggers.updatedContact',
    calls: [{ ...SEARCH, body: { locationId: 'LOC123', pageLimit: 100, page: 1, sort: newest('dateUpdated') }, reply: { body: { contacts: [RAW_PLAIN] } } }],
    output: [{ ...FLAT_PLAIN, id: 'c2:2025-03-16T10:00:00.000Z', contactId: 'c2' }],
  },
  {
    name: 'query, tag and owner filters',
    op: 'triggers.searchContacts',
    input: { query: 'delgado', tag: 'vip', assignedTo: 'U1' },
    calls: [
      {
        ...SEARCH,
        body: {
          locationId: 'LOC123', pageLimit: 100, page: 1, query: 'delgado',
          filters: [{ field: 'tags', operator: 'eq', value: 'vip' }, { field: 'assignedTo', operator: 'eq', value: 'U1' }],
          sort: newest('dateAdded'),
        },
        reply: { body: { contacts: [RAW_PLAIN] } },
      },
    ],
    output: [FLAT_PLAIN],
  },
  { name: 'over-long search text sends nothing', op: 'triggers.searchContacts', input: { query: 'x'.repeat(76) }, calls: [], error: /"Search Text" \(query\) must be at most 75 characters/ },
  {
    name: 'contacts of a business',
    op: 'triggers.getContactsByBusiness',
    input: { businessId: 'B1' },
    calls: [{ method: 'GET', path: '/contacts/business/B1', version: V, query: { locationId: 'LOC123', limit: '100', skip: '0' }, reply: { body: { contacts: [RAW_PLAIN], count: 1 } } }],
    output: [FLAT_PLAIN],
  },
  { name: 'business is required', op: 'triggers.getContactsByBusiness', input: {}, calls: [], error: /"Business" \(businessId\) is required/ },
  {
    name: 'watched contact fires with a change id',
    op: 'triggers.getContact',
    input: { contactId: 'c2' },
    calls: [{ method: 'GET', path: '/contacts/c2', version: V, reply: { body: { contact: RAW_PLAIN } } }],
    output: [{ ...FLAT_PLAIN, id: 'c2:2025-03-16T10:00:00.000Z', contactId: 'c2' }],
  },
  {
    name: 'a deleted watched contact gives nothing, not an error',
    op: 'triggers.getContact',
    input: { contactId: 'gone' },
    calls: [{ method: 'GET', path: '/contacts/gone', version: V, reply: { status: 404, body: { statusCode: 404, message: 'Contact not found' } } }],
    output: [],
  },
  {
    name: 'duplicate by email',
    op: 'triggers.getDuplicateContact',
    input: { email: 'ana@example.com' },
    calls: [{ method: 'GET', path: '/contacts/search/duplicate', version: V, query: { locationId: 'LOC123', email: 'ana@example.com' }, reply: { body: { contact: RAW_PLAIN } } }],
    output: [{ ...FLAT_PLAIN, id: 'c2:2025-03-16T10:00:00.000Z', contactId: 'c2' }],
  },
  {
    name: 'no duplicate, no item',
    op: 'triggers.getDuplicateContact',
    input: { number: '+1 512 555 0143' },
    calls: [{ method: 'GET', path: '/contacts/search/duplicate', version: V, query: { locationId: 'LOC123', number: '+1 512 555 0143' }, reply: { body: { contact: null } } }],
    output: [],
  },
  { name: 'email or phone needed', op: 'triggers.getDuplicateContact', input: {}, calls: [], error: /"Email" \(email\) or Phone is required/ },
  {
    name: 'appointments of a contact, with their calendar and assigned user names (one list, one user search)',
    op: 'triggers.getContactAppointments',
    input: { contactId: 'c1' },
    calls: [
      {
        method: 'GET', path: '/contacts/c1/appointments', version: V,
        reply: { body: { events: [{ id: 'e1', calendarId: 'cal1', title: 'Consult', appointmentStatus: 'confirmed', startTime: '2025-03-20T15:00:00-05:00', endTime: '2025-03-20T15:30:00-05:00', contactId: 'c1', assignedUserId: 'U1', dateAdded: '2025-03-14T15:00:00.000Z' }] } },
      },
      { method: 'GET', path: '/calendars/', version: '2021-04-15', query: { locationId: 'LOC123' }, reply: { body: { calendars: [{ id: 'cal1', name: 'Free consultation' }] } } },
      userNamesCall(['U1']),
    ],
    output: [
      {
        id: 'e1', title: 'Consult', calendarId: 'cal1', contactId: 'c1', status: 'confirmed', startTime: '2025-03-20T15:00:00-05:00', endTime: '2025-03-20T15:30:00-05:00',
        assignedUserId: 'U1', address: null, notes: null, groupId: null, locationId: null, dateAdded: '2025-03-14T15:00:00.000Z', dateUpdated: null,
        calendarName: 'Free consultation', assignedUserName: 'Sam Lee',
      },
    ],
  },
  {
    name: 'tasks of a contact',
    op: 'triggers.getContactTasks',
    input: { contactId: 'c1' },
    calls: [{ method: 'GET', path: '/contacts/c1/tasks', version: V, reply: { body: { tasks: [RAW_TASK] } } }, userNamesCall(['U1'])],
    output: [FLAT_TASK],
  },
  {
    name: 'watched task: id is task id plus a content fingerprint',
    op: 'triggers.getContactTask',
    input: { contactId: 'c1', taskId: 't1' },
    calls: [{ method: 'GET', path: '/contacts/c1/tasks/t1', version: V, reply: { body: { task: RAW_TASK } } }, userNamesCall(['U1'])],
    output: [{ ...FLAT_TASK, taskId: 't1', id: expect.stringMatching(/^t1:[0-9a-f]{12}$/) }],
  },
  {
    name: 'notes of a contact',
    op: 'triggers.getContactNotes',
    input: { contactId: 'c1' },
    calls: [{ method: 'GET', path: '/contacts/c1/notes', version: V, reply: { body: { notes: [RAW_NOTE] } } }],
    output: [FLAT_NOTE],
  },
  {
    name: 'watched note',
    op: 'triggers.getContactNote',
    input: { contactId: 'c1', noteId: 'n1' },
    calls: [{ method: 'GET', path: '/contacts/c1/notes/n1', version: V, reply: { body: { note: RAW_NOTE } } }],
    output: [{ ...FLAT_NOTE, noteId: 'n1', id: expect.stringMatching(/^n1:[0-9a-f]{12}$/) }],
  },
  {
    name: 'deprecated list pages with BOTH cursors and keeps locationId',
    op: 'triggers.listContactsDeprecated',
    input: { query: 'ana' },
    calls: [
      {
        method: 'GET', path: '/contacts/', version: V, query: { locationId: 'LOC123', limit: '100', query: 'ana' },
        reply: { body: { contacts: [RAW_PLAIN], meta: { total: 2, startAfter: 1710000000000, startAfterId: 'c2' } } },
      },
      {
        method: 'GET', path: '/contacts/', version: V, query: { locationId: 'LOC123', limit: '100', query: 'ana', startAfter: '1710000000000', startAfterId: 'c2' },
        reply: { body: { contacts: [{ ...RAW_PLAIN, id: 'c3' }], meta: { total: 2 } } },
      },
    ],
    output: [FLAT_PLAIN, { ...FLAT_PLAIN, id: 'c3' }],
  },
  {
    name: 'deprecated list stops when HighLevel repeats a cursor',
    op: 'triggers.listContactsDeprecated',
    calls: [
      { method: 'GET', path: '/contacts/', version: V, query: { locationId: 'LOC123', limit: '100' }, reply: { body: { contacts: [RAW_PLAIN], meta: { startAfter: 1, startAfterId: 'c2' } } } },
      { method: 'GET', path: '/contacts/', version: V, query: { locationId: 'LOC123', limit: '100', startAfter: '1', startAfterId: 'c2' }, reply: { body: { contacts: [{ ...RAW_PLAIN, id: 'c3' }], meta: { startAfter: 1, startAfterId: 'c2' } } } },
    ],
    output: [FLAT_PLAIN, { ...FLAT_PLAIN, id: 'c3' }],
  },

  /* ------------------------------ dropdowns ------------------------------ */
  {
    name: 'contact dropdown shows name and email, pages by meta.page',
    op: 'triggers.contactDropdown',
    meta: { page: 1 },
    calls: [{ ...SEARCH, body: { locationId: 'LOC123', pageLimit: 100, page: 2, sort: newest('dateAdded') }, reply: { body: { contacts: [RAW_PLAIN] } } }],
    output: [{ id: 'c2', name: 'Ana Ruiz (ana@example.com)' }],
  },
  {
    name: 'users of the location',
    op: 'triggers.userDropdown',
    calls: [{ method: 'GET', path: '/users/search', version: V, query: { companyId: 'COMP9', locationId: 'LOC123', limit: '100', skip: '0' }, reply: { body: { users: [{ id: 'U1', name: 'Sam Lee', email: 'sam@example.com' }], count: 1 } } }],
    output: [{ id: 'U1', name: 'Sam Lee (sam@example.com)' }],
  },
  {
    name: 'campaigns',
    op: 'triggers.campaignDropdown',
    calls: [{ method: 'GET', path: '/campaigns/', version: V, query: { locationId: 'LOC123' }, reply: { body: { campaigns: [{ id: 'K1', name: 'Spring', status: 'published' }, { id: 'K2', name: 'Fall', status: 'draft' }] } } }],
    output: [{ id: 'K1', name: 'Spring' }, { id: 'K2', name: 'Fall (draft)' }],
  },
  {
    name: 'workflows',
    op: 'triggers.workflowDropdown',
    calls: [{ method: 'GET', path: '/workflows/', version: V, query: { locationId: 'LOC123' }, reply: { body: { workflows: [{ id: 'W1', name: 'Welcome', status: 'published' }] } } }],
    output: [{ id: 'W1', name: 'Welcome' }],
  },
  {
    name: 'businesses, second page',
    op: 'triggers.businessDropdown',
    meta: { page: 1 },
    calls: [{ method: 'GET', path: '/businesses/', version: V, query: { locationId: 'LOC123', limit: '100', skip: '100' }, reply: { body: { businesses: [{ id: 'B1', name: 'Delgado Dental' }] } } }],
    output: [{ id: 'B1', name: 'Delgado Dental' }],
  },
  {
    name: 'tasks of the chosen contact',
    op: 'triggers.taskDropdown',
    input: { contactId: 'c1' },
    calls: [{ method: 'GET', path: '/contacts/c1/tasks', version: V, reply: { body: { tasks: [RAW_TASK, { ...RAW_TASK, id: 't2', title: 'Call', completed: true }] } } }],
    output: [{ id: 't1', name: 'Mail postcard' }, { id: 't2', name: 'Call (done)' }],
  },
  {
    name: 'notes of the chosen contact',
    op: 'triggers.noteDropdown',
    input: { contactId: 'c1' },
    calls: [{ method: 'GET', path: '/contacts/c1/notes', version: V, reply: { body: { notes: [RAW_NOTE] } } }],
    output: [{ id: 'n1', name: 'Prefers Tuesday delivery' }],
  },

  /* ------------------------------ creates ------------------------------ */
  {
    name: 'mailing address, tags (comma text) and custom fields in the spec shape',
    op: 'creates.createContact',
    input: {
      firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com', phone: '+1 512 555 0143', address1: '3535 1st St N', city: 'Dolomite',
      state: 'AL', postalCode: '35061', country: 'US', tags: 'vip, postcard', dnd: 'false',
      customField__cfMailDay: 'Tuesday', customField__cfHousehold: '4', customField__cfInterests: ['Catalog', 'Postcards'],
    },
    calls: [
      CF_CALL,
      {
        method: 'POST', path: '/contacts/', version: V,
        body: {
          locationId: 'LOC123', firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com', phone: '+1 512 555 0143', address1: '3535 1st St N',
          city: 'Dolomite', state: 'AL', postalCode: '35061', country: 'US', tags: ['vip', 'postcard'], dnd: false,
          customFields: [
            { id: 'cfMailDay', field_value: 'Tuesday' },
            { id: 'cfHousehold', field_value: 4 },
            { id: 'cfInterests', field_value: ['Catalog', 'Postcards'] },
          ],
        },
        reply: { status: 201, body: { contact: RAW_CONTACT } },
      },
      // naming the answer's custom fields reuses the definitions cached (z.cache) a moment ago
      userNamesCall(['U1']),
    ],
    output: FLAT_CONTACT,
  },
  { name: 'invalid email names the field, sends nothing', op: 'creates.createContact', input: { email: 'rosa@', firstName: 'Rosa' }, calls: [], error: /"Email" \(email\) must be a valid email address, got "rosa@"/ },
  { name: 'invalid phone', op: 'creates.createContact', input: { phone: '12ab' }, calls: [], error: /"Phone" \(phone\) must be a phone number/ },
  { name: 'invalid birth date', op: 'creates.createContact', input: { firstName: 'A', dateOfBirth: '1990-02-31' }, calls: [], error: /"Date of Birth" \(dateOfBirth\) must be a date such as 1990-09-25/ },
  { name: 'an empty contact is refused', op: 'creates.createContact', input: { city: 'Dolomite' }, calls: [], error: /"Email" \(email\) or Phone or a name is required/ },
  {
    name: 'custom number field that is not a number is refused before the write',
    op: 'creates.createContact',
    input: { firstName: 'Rosa', customField__cfHousehold: 'four' },
    calls: [CF_CALL],
    error: /"Household Size" \(customField__cfHousehold\) must be a number, got "four"/,
  },
  {
    name: 'update sends only filled fields, custom fields too',
    op: 'creates.updateContact',
    input: { contactId: 'c1', city: 'Birmingham', customField__cfRenewal: '03/01/2026' },
    calls: [
      CF_CALL,
      { method: 'PUT', path: '/contacts/c1', version: V, body: { city: 'Birmingham', customFields: [{ id: 'cfRenewal', field_value: '2026-03-01' }] }, reply: { body: { succeded: true, contact: RAW_PLAIN } } },
    ],
    output: FLAT_PLAIN,
  },
  {
    name: 'update: the contact is written, so a failed user look-up (no users scope) leaves only the name empty',
    op: 'creates.updateContact',
    input: { contactId: 'c1', assignedTo: 'U1' },
    calls: [
      { method: 'PUT', path: '/contacts/c1', version: V, body: { assignedTo: 'U1' }, reply: { body: { succeded: true, contact: { ...RAW_PLAIN, assignedTo: 'U1' } } } },
      { ...userNamesCall(['U1']), reply: { status: 401, body: { statusCode: 401, message: 'The token is not authorized for this scope.' } } },
    ],
    output: { ...FLAT_PLAIN, assignedTo: 'U1', assignedUserName: null },
  },
  {
    name: 'a poll fails (and is retried by Zapier) rather than fire contacts whose user names could not be read',
    op: 'triggers.newContact',
    calls: [
      { ...SEARCH, body: { locationId: 'LOC123', pageLimit: 100, page: 1, sort: newest('dateAdded') }, reply: { body: { contacts: [{ ...RAW_PLAIN, assignedTo: 'U1' }], total: 1 } } },
      { ...userNamesCall(['U1']), reply: { status: 401, body: { statusCode: 401, message: 'The token is not authorized for this scope.' } } },
    ],
    error: /users\.readonly|scope/,
  },
  { name: 'update with nothing to change sends nothing', op: 'creates.updateContact', input: { contactId: 'c1' }, calls: [], error: /needs at least one field to change/ },
  { name: 'update needs the contact', op: 'creates.updateContact', input: { city: 'X' }, calls: [], error: /"Contact" \(contactId\) is required/ },
  {
    name: 'upsert reports whether it created',
    op: 'creates.upsertContact',
    input: { email: 'ana@example.com', firstName: 'Ana', createNewIfDuplicateAllowed: false },
    calls: [
      { method: 'POST', path: '/contacts/upsert', version: V, body: { locationId: 'LOC123', firstName: 'Ana', email: 'ana@example.com', createNewIfDuplicateAllowed: false }, reply: { body: { new: false, contact: RAW_PLAIN } } },
    ],
    output: { ...FLAT_PLAIN, isNew: false },
  },
  {
    name: 'delete',
    op: 'creates.deleteContact',
    input: { contactId: 'c1' },
    calls: [{ method: 'DELETE', path: '/contacts/c1', version: V, reply: { body: { succeded: true } } }],
    output: { contactId: 'c1', succeeded: true },
  },
  {
    name: 'HighLevel 422 message reaches the user',
    op: 'creates.deleteContact',
    input: { contactId: 'c1' },
    calls: [{ method: 'DELETE', path: '/contacts/c1', version: V, reply: { status: 422, body: { statusCode: 422, message: ['contactId must be valid'], error: 'Unprocessable Entity' } } }],
    error: /HighLevel answered 422 Unprocessable Entity to DELETE \/contacts\/\{contactId\}: contactId must be valid/,
  },
  {
    name: 'add tags from a list',
    op: 'creates.addContactTags',
    input: { contactId: 'c1', tags: ['vip', ' postcard ', 'vip'] },
    calls: [{ method: 'POST', path: '/contacts/c1/tags', version: V, body: { tags: ['vip', 'postcard'] }, reply: { status: 201, body: { tags: ['vip', 'postcard', 'old'] } } }],
    output: { contactId: 'c1', tags: ['vip', 'postcard', 'old'] },
  },
  { name: 'an empty tag list is refused', op: 'creates.addContactTags', input: { contactId: 'c1', tags: ' , ' }, calls: [], error: /"Tags" \(tags\) needs at least one value/ },
  {
    name: 'remove tags sends a JSON body on DELETE',
    op: 'creates.removeContactTags',
    input: { contactId: 'c1', tags: 'postcard' },
    calls: [{ method: 'DELETE', path: '/contacts/c1/tags', version: V, body: { tags: ['postcard'] }, reply: { body: { tags: ['vip'] } } }],
    output: { contactId: 'c1', tags: ['vip'] },
  },
  {
    name: 'bulk add',
    op: 'creates.bulkUpdateContactTags',
    input: { type: 'add', contacts: 'c1,c2', tags: 'vip' },
    calls: [
      {
        method: 'POST', path: '/contacts/bulk/tags/update/add', version: V, body: { locationId: 'LOC123', contacts: ['c1', 'c2'], tags: ['vip'] },
        reply: { status: 201, body: { succeded: true, errorCount: 1, responses: [{ contactId: 'c1', type: 'success' }, { contactId: 'c2', type: 'error', message: 'not found' }] } },
      },
    ],
    output: { succeeded: true, errorCount: 1, updatedContactIds: ['c1'], failedContactIds: ['c2'], failures: 'c2: not found' },
  },
  {
    name: 'bulk remove all tags',
    op: 'creates.bulkUpdateContactTags',
    input: { type: 'remove', contacts: ['c1'], removeAllTags: true },
    calls: [
      {
        method: 'POST', path: '/contacts/bulk/tags/update/remove', version: V, body: { locationId: 'LOC123', contacts: ['c1'], tags: [], removeAllTags: true },
        reply: { status: 201, body: { succeded: true, errorCount: 0, responses: [{ contactId: 'c1', type: 'success' }] } },
      },
    ],
    output: { succeeded: true, errorCount: 0, updatedContactIds: ['c1'], failedContactIds: [], failures: '' },
  },
  { name: 'remove-all only with remove', op: 'creates.bulkUpdateContactTags', input: { type: 'add', contacts: 'c1', removeAllTags: 'yes' }, calls: [], error: /"Remove All Tags" \(removeAllTags\) can only be used with "Remove tags"/ },
  { name: 'unknown change type', op: 'creates.bulkUpdateContactTags', input: { type: 'toggle', contacts: 'c1', tags: 'x' }, calls: [], error: /"Change" \(type\) must be one of add, remove, got "toggle"/ },
  {
    name: 'task with offset time sent as UTC ISO, open by default',
    op: 'creates.createContactTask',
    input: { contactId: 'c1', title: 'Mail postcard', body: 'Spring promo', dueDate: '2025-03-21T12:00:00-05:00', assignedTo: 'U1' },
    calls: [
      { method: 'POST', path: '/contacts/c1/tasks', version: V, body: { title: 'Mail postcard', body: 'Spring promo', dueDate: '2025-03-21T17:00:00.000Z', assignedTo: 'U1', completed: false }, reply: { status: 201, body: { task: RAW_TASK } } },
      userNamesCall(['U1']),
    ],
    output: FLAT_TASK,
  },
  { name: 'unparseable due date', op: 'creates.createContactTask', input: { contactId: 'c1', title: 'x', dueDate: 'next tuesday' }, calls: [], error: /"Due Date" \(dueDate\) must be a date and time such as/ },
  { name: 'missing title', op: 'creates.createContactTask', input: { contactId: 'c1', dueDate: '2025-03-21' }, calls: [], error: /"Title" \(title\) is required/ },
  {
    name: 'update task: only given fields',
    op: 'creates.updateContactTask',
    input: { contactId: 'c1', taskId: 't1', completed: 'true' },
    calls: [{ method: 'PUT', path: '/contacts/c1/tasks/t1', version: V, body: { completed: true }, reply: { body: { task: { ...RAW_TASK, completed: true } } } }, userNamesCall(['U1'])],
    output: { ...FLAT_TASK, completed: true },
  },
  { name: 'update task with nothing', op: 'creates.updateContactTask', input: { contactId: 'c1', taskId: 't1' }, calls: [], error: /"Title" \(title\) or another field must be filled in/ },
  {
    name: 'complete task',
    op: 'creates.completeContactTask',
    input: { contactId: 'c1', taskId: 't1' },
    calls: [{ method: 'PUT', path: '/contacts/c1/tasks/t1/completed', version: V, body: { completed: true }, reply: { body: { task: { ...RAW_TASK, completed: true } } } }, userNamesCall(['U1'])],
    output: { ...FLAT_TASK, completed: true },
  },
  {
    name: 'delete task',
    op: 'creates.deleteContactTask',
    input: { contactId: 'c1', taskId: 't1' },
    calls: [{ method: 'DELETE', path: '/contacts/c1/tasks/t1', version: V, reply: { body: { succeded: true } } }],
    output: { taskId: 't1', contactId: 'c1', succeeded: true },
  },
  {
    name: 'create note',
    op: 'creates.createContactNote',
    input: { contactId: 'c1', body: 'Prefers Tuesday delivery', userId: 'U1' },
    calls: [{ method: 'POST', path: '/contacts/c1/notes', version: V, body: { body: 'Prefers Tuesday delivery', userId: 'U1' }, reply: { status: 201, body: { note: RAW_NOTE } } }],
    output: FLAT_NOTE,
  },
  { name: 'note text required', op: 'creates.createContactNote', input: { contactId: 'c1' }, calls: [], error: /"Note" \(body\) is required/ },
  {
    name: 'update note',
    op: 'creates.updateContactNote',
    input: { contactId: 'c1', noteId: 'n1', body: 'Prefers Monday' },
    calls: [{ method: 'PUT', path: '/contacts/c1/notes/n1', version: V, body: { body: 'Prefers Monday' }, reply: { body: { note: { ...RAW_NOTE, body: 'Prefers Monday' } } } }],
    output: { ...FLAT_NOTE, body: 'Prefers Monday' },
  },
  {
    name: 'delete note',
    op: 'creates.deleteContactNote',
    input: { contactId: 'c1', noteId: 'n1' },
    calls: [{ method: 'DELETE', path: '/contacts/c1/notes/n1', version: V, reply: { body: { succeded: true } } }],
    output: { noteId: 'n1', contactId: 'c1', succeeded: true },
  },
  {
    name: 'enrol in campaign with the empty body the spec gives',
    op: 'creates.addContactToCampaign',
    input: { contactId: 'c1', campaignId: 'K1' },
    calls: [{ method: 'POST', path: '/contacts/c1/campaigns/K1', version: V, body: {}, reply: { status: 201, body: { succeded: true } } }],
    output: { contactId: 'c1', campaignId: 'K1', succeeded: true },
  },
  { name: 'an ID with a slash is refused', op: 'creates.addContactToCampaign', input: { contactId: 'c1/../x', campaignId: 'K1' }, calls: [], error: /"Contact" \(contactId\) must be a HighLevel ID/ },
  {
    name: 'remove from campaign',
    op: 'creates.removeContactFromCampaign',
    input: { contactId: 'c1', campaignId: 'K1' },
    calls: [{ method: 'DELETE', path: '/contacts/c1/campaigns/K1', version: V, reply: { body: { succeded: true } } }],
    output: { contactId: 'c1', campaignId: 'K1', succeeded: true },
  },
  {
    name: 'remove from all campaigns',
    op: 'creates.removeContactFromAllCampaigns',
    input: { contactId: 'c1' },
    calls: [{ method: 'DELETE', path: '/contacts/c1/campaigns/removeAll', version: V, reply: { body: { succeded: true } } }],
    output: { contactId: 'c1', succeeded: true },
  },

  /* ------------------------------ searches ------------------------------ */
  {
    name: 'find by email uses an eq filter',
    op: 'searches.findContact',
    input: { email: 'ana@example.com' },
    calls: [{ ...SEARCH, body: { locationId: 'LOC123', pageLimit: 10, page: 1, filters: [{ field: 'email', operator: 'eq', value: 'ana@example.com' }], sort: newest('dateAdded') }, reply: { body: { contacts: [RAW_PLAIN], total: 1 } } }],
    output: [FLAT_PLAIN],
  },
  {
    name: 'email not found: then by phone, normalised to E.164 (filters would AND together)',
    op: 'searches.findContact',
    input: { email: 'Ana@Example.com', phone: '+1 (512) 555-0143' },
    calls: [
      { ...SEARCH, body: { locationId: 'LOC123', pageLimit: 10, page: 1, filters: [{ field: 'email', operator: 'eq', value: 'ana@example.com' }], sort: newest('dateAdded') }, reply: { body: { contacts: [], total: 0 } } },
      { ...SEARCH, body: { locationId: 'LOC123', pageLimit: 10, page: 1, filters: [{ field: 'phone', operator: 'eq', value: '+15125550143' }], sort: newest('dateAdded') }, reply: { body: { contacts: [RAW_PLAIN], total: 1 } } },
    ],
    output: [FLAT_PLAIN],
  },
  {
    name: 'found by email: the phone is not searched',
    op: 'searches.findContact',
    input: { email: 'ana@example.com', phone: '+15125550143' },
    calls: [
      { ...SEARCH, body: { locationId: 'LOC123', pageLimit: 10, page: 1, filters: [{ field: 'email', operator: 'eq', value: 'ana@example.com' }], sort: newest('dateAdded') }, reply: { body: { contacts: [RAW_PLAIN], total: 1 } } },
    ],
    output: [FLAT_PLAIN],
  },
  {
    name: 'find by ID that does not exist returns no result',
    op: 'searches.findContact',
    input: { contactId: 'nope', email: 'ignored@example.com' },
    calls: [{ method: 'GET', path: '/contacts/nope', version: V, reply: { status: 404, body: { statusCode: 404, message: 'Not found' } } }],
    output: [],
  },
  { name: 'find needs something to find by', op: 'searches.findContact', input: {}, calls: [], error: /"Email" \(email\) or Phone or Contact ID is required/ },
  {
    name: 'get contact as a step',
    op: 'searches.getContact',
    input: { contactId: 'c1' },
    calls: [{ method: 'GET', path: '/contacts/c1', version: V, reply: { body: { contact: RAW_CONTACT } } }, CF_CALL, userNamesCall(['U1'])],
    output: [FLAT_CONTACT],
  },
  {
    name: 'duplicate check as a step',
    op: 'searches.getDuplicateContact',
    input: { email: 'none@example.com' },
    calls: [{ method: 'GET', path: '/contacts/search/duplicate', version: V, query: { locationId: 'LOC123', email: 'none@example.com' }, reply: { body: { contact: null } } }],
    output: [],
  },
  {
    name: 'task as a step',
    op: 'searches.getContactTask',
    input: { contactId: 'c1', taskId: 't1' },
    calls: [{ method: 'GET', path: '/contacts/c1/tasks/t1', version: V, reply: { body: { task: RAW_TASK } } }, userNamesCall(['U1'])],
    output: [FLAT_TASK],
  },
  {
    name: 'note as a step',
    op: 'searches.getContactNote',
    input: { contactId: 'c1', noteId: 'n1' },
    calls: [{ method: 'GET', path: '/contacts/c1/notes/n1', version: V, reply: { body: { note: RAW_NOTE } } }],
    output: [FLAT_NOTE],
  },
];
