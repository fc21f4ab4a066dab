import type { Sandbox } from '../../sandbox';
import { call, withSandbox, type ContactShape, type Json } from './support';

/** Contacts: custom fields, writes and dateUpdated, duplicates, upsert, search, the deprecated list, tags, tasks, notes. */

const fieldByKey = (sb: Sandbox, key: string) => [...sb.store.customFields.values()].find((f) => f.fieldKey === key)!;

test('custom fields are stored from [{id|key, field_value}] and answered as [{id, value}], typed by the field', async () => {
  await withSandbox({}, async (sb) => {
    const household = fieldByKey(sb, 'contact.household_size');
    const interests = fieldByKey(sb, 'contact.interests');
    const mailDay = fieldByKey(sb, 'contact.preferred_mail_day');
    const res = await call<{ contact: ContactShape }>(sb, 'POST', '/contacts/', {
      body: {
        locationId: sb.locationId,
        firstName: 'Lena',
        lastName: 'Ortiz',
        email: 'lena.ortiz@example.com',
        phone: '(512) 555-0111',
        address1: '500 E 7th St',
        city: 'Austin',
        state: 'TX',
        postalCode: '78701',
        tags: ['New Patient', ' new patient ', 'Referral'],
        customFields: [
          { id: household.id, field_value: '3' },
          { key: 'interests', field_value: ['Invisalign'] },
          { key: 'contact.preferred_mail_day', field_value: 'Friday' },
          { id: 'UnknownFieldId000000', field_value: 'ignored' },
        ],
      },
    });
    expect(res.status).toBe(201);
    const c = res.body.contact;
    expect(c.id).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(c.phone).toBe('+15125550111');
    expect(c.tags).toEqual(['new patient', 'referral']);
    expect(c.customFields).toEqual([
      { id: household.id, value: 3 },
      { id: interests.id, value: ['Invisalign'] },
      { id: mailDay.id, value: 'Friday' },
    ]);
    expect(c.dateAdded).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(c.dateUpdated).toBe(c.dateAdded);
    expect(sb.store.contacts.get(c.id)?.customFields).toHaveLength(3);

    // An update merges: fields not sent keep their value, an empty value clears one.
    const upd = await call<{ succeded: boolean; contact: ContactShape }>(sb, 'PUT', `/contacts/${c.id}`, {
      body: { city: 'Round Rock', customFields: [{ id: household.id, field_value: 4 }, { id: mailDay.id, field_value: '' }] },
    });
    expect(upd.status).toBe(200);
    expect(upd.body.succeded).toBe(true);
    expect(upd.body.contact.customFields).toEqual([
      { id: household.id, value: 4 },
      { id: interests.id, value: ['Invisalign'] },
    ]);
    expect(upd.body.contact.dateUpdated > c.dateUpdated).toBe(true);
    expect(upd.body.contact.dateAdded).toBe(c.dateAdded);

    const got = await call<{ contact: ContactShape & { city: string } }>(sb, 'GET', `/contacts/${c.id}`);
    expect(got.body.contact.city).toBe('Round Rock');
  });
});

test('every write moves dateUpdated; a duplicate email or phone is refused as HighLevel does', async () => {
  await withSandbox({}, async (sb) => {
    const rosa = [...sb.store.contacts.values()].find((c) => c.firstName === 'Rosa')!;
    const before = rosa.dateUpdated;
    const tags = await call(sb, 'POST', `/contacts/${rosa.id}/tags`, { body: { tags: ['VIP'] } });
    expect(tags.status).toBe(201);
    expect(tags.body.tags).toEqual(['new patient', 'invisalign lead', 'vip']);
    const afterAdd = sb.store.contacts.get(rosa.id)!.dateUpdated;
    expect(afterAdd > before).toBe(true);
    const removed = await call(sb, 'DELETE', `/contacts/${rosa.id}/tags`, { body: { tags: ['vip', 'new patient'] } });
    expect(removed.body.tags).toEqual(['invisalign lead']);
    expect(sb.store.contacts.get(rosa.id)!.dateUpdated > afterAdd).toBe(true);

    const dup = await call(sb, 'POST', '/contacts/', { body: { locationId: sb.locationId, firstName: 'Rosa', email: 'ROSA.DELGADO@example.com' } });
    expect(dup.status).toBe(400);
    expect(dup.body).toMatchObject({ message: 'This location does not allow duplicated contacts.', meta: { contactId: rosa.id, matchingField: 'email' } });
    const byPhone = await call(sb, 'POST', '/contacts/', { body: { locationId: sb.locationId, phone: '512-555-0143' } });
    expect(byPhone.body).toMatchObject({ meta: { matchingField: 'phone' } });
  });
});

test('upsert matches on email, then phone: {new, contact}', async () => {
  await withSandbox({}, async (sb) => {
    const marcus = [...sb.store.contacts.values()].find((c) => c.firstName === 'Marcus')!;
    const byEmail = await call<{ new: boolean; contact: ContactShape }>(sb, 'POST', '/contacts/upsert', {
      body: { locationId: sb.locationId, email: 'Marcus.Bell@example.com', tags: ['upserted'] },
    });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.new).toBe(false);
    expect(byEmail.body.contact.id).toBe(marcus.id);
    expect(byEmail.body.contact.tags).toContain('recall due');
    expect(byEmail.body.contact.tags).toContain('upserted');

    const byPhone = await call<{ new: boolean; contact: ContactShape }>(sb, 'POST', '/contacts/upsert', {
      body: { locationId: sb.locationId, phone: '+1 512 555 0178', firstName: 'Marc' },
    });
    expect(byPhone.body).toMatchObject({ new: false, contact: { id: marcus.id, firstName: 'Marc' } });

    const fresh = await call<{ new: boolean; contact: ContactShape }>(sb, 'POST', '/contacts/upsert', {
      body: { locationId: sb.locationId, email: 'brand.new@example.com', firstName: 'Brand' },
    });
    expect(fresh.body.new).toBe(true);
    expect(sb.store.contacts.has(fresh.body.contact.id)).toBe(true);
    expect(typeof (fresh.body as unknown as Json).traceId).toBe('string');

    const dupSearch = await call<{ contact: ContactShape | null }>(sb, 'GET', '/contacts/search/duplicate', { query: { locationId: sb.locationId, email: 'brand.new@example.com' } });
    expect(dupSearch.body.contact?.id).toBe(fresh.body.contact.id);
    const none = await call(sb, 'GET', '/contacts/search/duplicate', { query: { locationId: sb.locationId, number: '+15125559999' } });
    expect(none.body).toEqual({ contact: null });
  });
});

test('POST /contacts/search: sort by dateAdded/dateUpdated both ways, eq/contains filters, page and searchAfter paging', async () => {
  // Sorting, filters and paging here; the real answer shape (lower-case-only names on some items) is test/sandbox/quirks.test.ts's.
  await withSandbox({ searchShape: 'spec' }, async (sb) => {
    const search = (body: Json) => call<{ contacts: ContactShape[]; total: number; message?: string[] }>(sb, 'POST', '/contacts/search', { body: { locationId: sb.locationId, ...body } });
    const all = [...sb.store.contacts.values()];

    const newest = await search({ pageLimit: 3, page: 1, sort: [{ field: 'dateAdded', direction: 'desc' }] });
    expect(newest.status).toBe(200);
    expect(newest.body.total).toBe(all.length);
    const byAddedDesc = [...all].sort((a, b) => b.dateAdded.localeCompare(a.dateAdded)).map((c) => c.id);
    expect(newest.body.contacts.map((c) => c.id)).toEqual(byAddedDesc.slice(0, 3));
    const page2 = await search({ pageLimit: 3, page: 2, sort: [{ field: 'dateAdded', direction: 'desc' }] });
    expect(page2.body.contacts.map((c) => c.id)).toEqual(byAddedDesc.slice(3, 6));
    const after = await search({ pageLimit: 3, searchAfter: newest.body.contacts[2]!.searchAfter, sort: [{ field: 'dateAdded', direction: 'desc' }] });
    expect(after.body.contacts.map((c) => c.id)).toEqual(byAddedDesc.slice(3, 6));

    const oldestUpdate = await search({ pageLimit: 1, sort: [{ field: 'dateUpdated', direction: 'asc' }] });
    expect(oldestUpdate.body.contacts[0]!.id).toBe([...all].sort((a, b) => a.dateUpdated.localeCompare(b.dateUpdated))[0]!.id);

    const byEmail = await search({ pageLimit: 10, filters: [{ field: 'email', operator: 'eq', value: 'HANNAH.KIM@example.net' }] });
    expect(byEmail.body.contacts.map((c) => c.firstName)).toEqual(['Hannah']);
    const byPhone = await search({ pageLimit: 10, filters: [{ field: 'phone', operator: 'eq', value: '(512) 555-0190' }] });
    expect(byPhone.body.contacts.map((c) => c.firstName)).toEqual(['Olivia']);
    const tagged = await search({ pageLimit: 10, filters: [{ field: 'tags', operator: 'eq', value: 'new patient' }] });
    expect(tagged.body.contacts.map((c) => c.firstName).sort()).toEqual(['Diego', 'Rosa']);
    const contains = await search({ pageLimit: 10, filters: [{ field: 'email', operator: 'contains', value: '@example.com' }, { field: 'tags', operator: 'contains', value: 'pati' }] });
    expect(contains.body.contacts.map((c) => c.firstName).sort()).toEqual(['Diego', 'Marcus', 'Rosa', 'Samuel']);
    const assignee = all.find((c) => c.firstName === 'Rosa')!.assignedTo;
    const assigned = await search({ pageLimit: 10, filters: [{ field: 'assignedTo', operator: 'eq', value: assignee }] });
    expect(assigned.body.contacts.map((c) => c.firstName).sort()).toEqual(['Hannah', 'Rosa']);
    const text = await search({ pageLimit: 10, query: 'whitfield' });
    expect(text.body.contacts.map((c) => c.firstName)).toEqual(['Grace']);

    const tooMany = await search({ pageLimit: 501 });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.message).toEqual(['pageLimit must not be greater than 500']);
    expect((await call(sb, 'POST', '/contacts/search', { body: { locationId: sb.locationId } })).body.message).toEqual(['pageLimit should not be empty']);
    expect((await search({ pageLimit: 5, filters: [{ field: 'shoeSize', operator: 'eq', value: 9 }] })).status).toBe(422);
  });
});

test('GET /contacts/ (deprecated): limit, and paging with BOTH startAfter and startAfterId from meta', async () => {
  await withSandbox({}, async (sb) => {
    type Page = { contacts: ContactShape[]; count: number; meta: { total: number; startAfter: number | null; startAfterId: string | null; nextPageUrl: string | null; currentPage: number; nextPage: number | null } };
    const list = (query: Record<string, string | number | undefined>) => call<Page>(sb, 'GET', '/contacts/', { query: { locationId: sb.locationId, ...query } });
    const seen: string[] = [];
    let query: Record<string, string | number | undefined> = { limit: 3 };
    for (let i = 0; i < 10; i++) {
      const page = await list(query);
      expect(page.status).toBe(200);
      seen.push(...page.body.contacts.map((c) => c.id));
      if (!page.body.meta.startAfterId) {
        expect(page.body.meta.nextPageUrl).toBeNull();
        break;
      }
      expect(page.body.meta.nextPageUrl).toContain(`startAfterId=${page.body.meta.startAfterId}`);
      query = { limit: 3, startAfter: page.body.meta.startAfter ?? undefined, startAfterId: page.body.meta.startAfterId };
    }
    const expected = [...sb.store.contacts.values()].sort((a, b) => b.dateAdded.localeCompare(a.dateAdded)).map((c) => c.id);
    expect(seen).toEqual(expected);

    const first = await list({ limit: 3 });
    expect(first.body.meta).toMatchObject({ total: expected.length, currentPage: 1, nextPage: 2 });
    expect(first.body.count).toBe(expected.length);
    // Only one cursor: HighLevel starts over at page one.
    const onlyId = await list({ limit: 3, startAfterId: first.body.meta.startAfterId ?? undefined });
    expect(onlyId.body.contacts.map((c) => c.id)).toEqual(first.body.contacts.map((c) => c.id));
    expect((await list({ limit: 101 })).status).toBe(422);
  });
});

test('tasks and notes: create, list, get, update, complete, delete; a contact\'s tasks only under that contact', async () => {
  await withSandbox({}, async (sb) => {
    const [a, b] = [...sb.store.contacts.values()];
    const notesBefore = sb.store.notes.size;
    const created = await call<{ task: Json }>(sb, 'POST', `/contacts/${a!.id}/tasks`, {
      body: { title: 'Send post-op care sheet', body: 'Email the PDF', dueDate: '2030-05-01T15:00:00Z', completed: false },
    });
    expect(created.status).toBe(201);
    const task = created.body.task;
    expect(task).toMatchObject({ title: 'Send post-op care sheet', dueDate: '2030-05-01T15:00:00.000Z', completed: false, contactId: a!.id });
    expect((await call(sb, 'GET', `/contacts/${b!.id}/tasks/${task.id as string}`)).status).toBe(404);
    const done = await call<{ task: Json }>(sb, 'PUT', `/contacts/${a!.id}/tasks/${task.id as string}/completed`, { body: { completed: true } });
    expect(done.body.task.completed).toBe(true);
    const upd = await call<{ task: Json }>(sb, 'PUT', `/contacts/${a!.id}/tasks/${task.id as string}`, { body: { title: 'Send care sheet' } });
    expect(upd.body.task).toMatchObject({ title: 'Send care sheet', completed: true });
    const tasks = await call<{ tasks: Json[] }>(sb, 'GET', `/contacts/${a!.id}/tasks`);
    expect(tasks.body.tasks.map((t) => t.id)).toContain(task.id);
    expect((await call(sb, 'DELETE', `/contacts/${a!.id}/tasks/${task.id as string}`)).body).toEqual({ succeded: true });
    expect((await call(sb, 'GET', `/contacts/${a!.id}/tasks/${task.id as string}`)).body.message).toBe('Task not found');

    const note = await call<{ note: Json }>(sb, 'POST', `/contacts/${a!.id}/notes`, { body: { body: 'Called, left a voicemail.' } });
    expect(note.status).toBe(201);
    expect(note.body.note).toMatchObject({ body: 'Called, left a voicemail.', contactId: a!.id });
    expect(sb.store.notes.size).toBe(notesBefore + 1);
    const noteId = note.body.note.id as string;
    expect((await call<{ note: Json }>(sb, 'PUT', `/contacts/${a!.id}/notes/${noteId}`, { body: { body: 'Called back.' } })).body.note.body).toBe('Called back.');
    expect((await call<{ note: Json }>(sb, 'GET', `/contacts/${a!.id}/notes/${noteId}`)).body.note.body).toBe('Called back.');
    expect((await call<{ notes: Json[] }>(sb, 'GET', `/contacts/${a!.id}/notes`)).body.notes[0]!.id).toBe(noteId);
    expect((await call(sb, 'DELETE', `/contacts/${a!.id}/notes/${noteId}`)).body).toEqual({ succeded: true });
    expect(sb.store.notes.size).toBe(notesBefore);
  });
});

test('campaigns, workflows, bulk tags, business contacts, appointments, delete', async () => {
  await withSandbox({}, async (sb) => {
    const rosa = [...sb.store.contacts.values()].find((c) => c.firstName === 'Rosa')!;
    const marcus = [...sb.store.contacts.values()].find((c) => c.firstName === 'Marcus')!;
    const [campaign] = [...sb.store.campaigns.values()];
    const [workflow] = [...sb.store.workflows.values()];
    expect((await call(sb, 'POST', `/contacts/${marcus.id}/campaigns/${campaign!.id}`, { body: {} })).status).toBe(201);
    expect(sb.store.campaignEnrollments.has(`${marcus.id}:${campaign!.id}`)).toBe(true);
    expect((await call(sb, 'DELETE', `/contacts/${marcus.id}/campaigns/removeAll`)).body).toEqual({ succeded: true });
    expect([...sb.store.campaignEnrollments.values()].some((e) => e.contactId === marcus.id)).toBe(false);
    expect((await call(sb, 'POST', `/contacts/${marcus.id}/campaigns/NoSuchCampaign`, { body: {} })).status).toBe(404);
    expect((await call(sb, 'POST', `/contacts/${marcus.id}/workflow/${workflow!.id}`, { body: { eventStartTime: '2030-06-01T09:00:00-05:00' } })).body).toEqual({ succeded: true });
    expect(sb.store.workflowEnrollments.get(`${marcus.id}:${workflow!.id}`)?.eventStartTime).toBe('2030-06-01T09:00:00-05:00');
    expect((await call(sb, 'DELETE', `/contacts/${marcus.id}/workflow/${workflow!.id}`)).status).toBe(200);

    const bulk = await call<{ succeded: boolean; errorCount: number; responses: Json[] }>(sb, 'POST', '/contacts/bulk/tags/update/add', {
      body: { locationId: sb.locationId, contacts: [rosa.id, marcus.id, 'NoSuchContact'], tags: ['Spring Mailer'] },
    });
    expect(bulk.status).toBe(201);
    expect(bulk.body.errorCount).toBe(1);
    expect(bulk.body.responses.map((r) => r.type)).toEqual(['success', 'success', 'error']);
    expect(sb.store.contacts.get(marcus.id)!.tags).toContain('spring mailer');
    const removeAll = await call(sb, 'POST', '/contacts/bulk/tags/update/remove', { body: { locationId: sb.locationId, contacts: [marcus.id], tags: [], removeAllTags: true } });
    expect(removeAll.status).toBe(201);
    expect(sb.store.contacts.get(marcus.id)!.tags).toEqual([]);
    expect((await call(sb, 'POST', '/contacts/bulk/tags/update/toggle', { body: { locationId: sb.locationId, contacts: [], tags: [] } })).status).toBe(422);

    const byBusiness = await call<{ contacts: ContactShape[]; count: number }>(sb, 'GET', `/contacts/business/${rosa.businessId!}`, { query: { locationId: sb.locationId } });
    expect(byBusiness.body.contacts.map((c) => c.id)).toEqual([rosa.id]);

    const appts = await call<{ events: Json[] }>(sb, 'GET', `/contacts/${rosa.id}/appointments`);
    expect(appts.body.events).toHaveLength(1);
    expect(appts.body.events[0]!.startTime).toMatch(/^\d{4}-\d\d-\d\d 09:00:00$/);

    const tasksOfRosa = sb.store.tasksOf(rosa.id).length;
    expect(tasksOfRosa).toBeGreaterThan(0);
    expect((await call(sb, 'DELETE', `/contacts/${rosa.id}`)).body).toEqual({ succeded: true });
    expect(sb.store.contacts.has(rosa.id)).toBe(false);
    expect(sb.store.tasksOf(rosa.id)).toHaveLength(0);
    expect((await call(sb, 'GET', `/contacts/${rosa.id}`)).status).toBe(404);
  });
});
