import type { MessageRecord } from '../../sandbox';
import { call, withSandbox, type Json } from './support';

/** The message export, forms and surveys with their submissions, and the location's task search. */

const HOUR = 3600 * 1000;
const EXPORT = '/conversations/messages/export';

type Export = { messages: Json[]; nextCursor: string | null; total: number };

test('message export: newest first, no email without a channel, channel and contact filters, cursor pages without loss or repeat', async () => {
  await withSandbox({}, async (sb) => {
    const exp = (query: Record<string, string | number | undefined> = {}) => call<Export>(sb, 'GET', EXPORT, { query: { locationId: sb.locationId, ...query } });
    const refused = (query: Record<string, string | number>) => call(sb, 'GET', EXPORT, { query: { locationId: sb.locationId, ...query } });

    const all = await exp();
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(5);
    expect(all.body.nextCursor).toBeNull();
    expect(all.body.messages.every((m) => m.messageType === 'TYPE_SMS' && m.type === 2 && m.locationId === sb.locationId)).toBe(true);
    expect(new Set(all.body.messages.map((m) => m.direction))).toEqual(new Set(['inbound', 'outbound']));
    const times = all.body.messages.map((m) => m.dateAdded as string);
    expect([...times].sort().reverse()).toEqual(times);
    for (const m of all.body.messages) for (const k of ['id', 'contactId', 'conversationId', 'contentType']) expect(typeof m[k]).toBe('string');
    expect(all.body.messages[0]).not.toHaveProperty('dateUpdated');

    const emails = await exp({ channel: 'Email', sortOrder: 'asc' });
    expect(emails.body.messages.map((m) => [m.messageType, m.direction])).toEqual([
      ['TYPE_EMAIL', 'inbound'],
      ['TYPE_EMAIL', 'outbound'],
      ['TYPE_EMAIL', 'inbound'],
    ]);
    expect((emails.body.messages[0]!.meta as { email: { messageIds: string[] } }).email.messageIds).toHaveLength(1);
    expect((await exp({ channel: 'WhatsApp' })).body.total).toBe(0);
    const rosa = [...sb.store.contacts.values()].find((c) => c.firstName === 'Rosa')!;
    const hers = await exp({ contactId: rosa.id });
    expect(hers.body.messages.map((m) => m.direction)).toEqual(['inbound', 'outbound', 'inbound']);
    expect(new Set(hers.body.messages.map((m) => m.conversationId)).size).toBe(1);

    // 12 more SMS at the same second: the cursor still pages through every message exactly once.
    const same = new Date(Date.now() - HOUR).toISOString();
    for (let i = 0; i < 12; i++) {
      const m: MessageRecord = { ...(sb.store.messages.get(hers.body.messages[0]!.id as string) as MessageRecord), id: `BulkSms${String(i).padStart(13, '0')}`, dateAdded: same, dateUpdated: same };
      sb.store.messages.set(m.id, m);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await exp({ limit: 10, cursor });
      expect(page.body.total).toBe(17);
      seen.push(...page.body.messages.map((m) => m.id as string));
      cursor = page.body.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(17);
    expect((await exp({ sortOrder: 'asc', limit: 10 })).body.messages[0]!.id).toBe(seen[16]);

    expect((await refused({ limit: 5 })).body.message).toEqual(['limit must not be less than 10']);
    expect((await refused({ channel: 'Fax' })).status).toBe(422);
    expect((await refused({ cursor: 'not-a-cursor' })).status).toBe(400);
    expect((await call(sb, 'GET', EXPORT)).body.message).toEqual(['locationId should not be empty']);
    expect((await call(sb, 'GET', EXPORT, { query: { locationId: sb.locationId }, version: '2021-07-28' })).status).toBe(400);
    expect((await call(sb, 'GET', EXPORT, { query: { locationId: 'other_location' } })).status).toBe(403);
  });
});

test('forms and surveys: lists, submissions in the window newest first with their answers, paged by meta, filtered by form and q', async () => {
  await withSandbox({}, async (sb) => {
    const forms = await call<{ forms: Json[]; total: number }>(sb, 'GET', '/forms/', { query: { locationId: sb.locationId } });
    expect(forms.body.forms.map((f) => f.name)).toEqual(['Free Consultation Request', 'New Patient Intake']);
    expect(forms.body.total).toBe(2);
    expect((await call(sb, 'GET', '/forms/', { query: { locationId: sb.locationId, limit: 51 } })).status).toBe(422);

    type Page = { submissions: Json[]; meta: { total: number; currentPage: number; nextPage: number | null; prevPage: number | null } };
    const subs = (query: Record<string, string | number> = {}) => call<Page>(sb, 'GET', '/forms/submissions', { query: { locationId: sb.locationId, ...query } });
    const first = await subs();
    expect(first.body.meta).toEqual({ total: 3, currentPage: 1, nextPage: null, prevPage: null });
    // HighLevel does not sort submissions (sandbox/highlevel-quirks.ts): a stable order unrelated to time.
    const subIds = first.body.submissions.map((s) => s.id as string);
    expect([...subIds].sort()).toEqual(subIds);
    for (const s of first.body.submissions) expect(Date.now() - Date.parse(s.createdAt as string)).toBeLessThan(48 * HOUR);
    const intake = first.body.submissions[0]!;
    expect(intake).toMatchObject({ name: 'Rosa Delgado', email: 'rosa.delgado@example.com', formId: forms.body.forms[1]!.id });
    expect(intake).not.toHaveProperty('locationId');
    const others = intake.others as Json & { fieldsOriSequance: string[]; eventData: Json };
    const insurance = [...sb.store.customFields.values()].find((f) => f.fieldKey === 'contact.insurance_provider')!;
    expect(others.fieldsOriSequance).toEqual(expect.arrayContaining(['first_name', 'postal_code', insurance.id]));
    expect(others[insurance.id]).toBe('Delta Dental PPO');
    expect(others.eventData).toMatchObject({ parentName: 'New Patient Intake', medium: 'form', page: { url: expect.stringMatching(/^https:\/\//) } });

    const p1 = await subs({ limit: 2 });
    expect(p1.body.meta).toMatchObject({ nextPage: 2, prevPage: null });
    const p2 = await subs({ limit: 2, page: 2 });
    expect(p2.body.meta).toMatchObject({ currentPage: 2, nextPage: null, prevPage: 1 });
    expect([...p1.body.submissions, ...p2.body.submissions].map((s) => s.id)).toEqual(first.body.submissions.map((s) => s.id));
    expect((await subs({ formId: forms.body.forms[0]!.id as string })).body.meta.total).toBe(2);
    expect((await subs({ q: 'ETHAN.brooks@' })).body.submissions.map((s) => s.name)).toEqual(['Ethan Brooks']);
    expect((await subs({ startAt: '2020-01-01', endAt: '2020-01-31' })).body.meta.total).toBe(0);
    expect((await subs({ startAt: 'last week' })).status).toBe(422);
    expect((await subs({ limit: 101 })).status).toBe(422);

    const surveys = await call<{ surveys: Json[]; total: number }>(sb, 'GET', '/surveys/', { query: { locationId: sb.locationId } });
    expect(surveys.body).toEqual({ surveys: [expect.objectContaining({ name: 'Patient Satisfaction Survey', locationId: sb.locationId })], total: 1 });
    const answers = await call<Page>(sb, 'GET', '/surveys/submissions', { query: { locationId: sb.locationId, surveyId: surveys.body.surveys[0]!.id as string } });
    expect(answers.body.submissions.map((s) => [s.name, (s.others as Json).rating])).toEqual([
      ['Grace Whitfield', 5],
      ['Marcus Bell', 4],
    ]);
    expect(answers.body.submissions.every((s) => s.surveyId === surveys.body.surveys[0]!.id && !('formId' in s))).toBe(true);
    expect((await call(sb, 'GET', '/surveys/submissions')).body.message).toEqual(['locationId should not be empty']);
    expect((await call(sb, 'GET', '/forms/submissions', { query: { locationId: 'other_location' } })).status).toBe(403);
  });
});

test('location task search: every contact\'s tasks by due date, filters, paging; tasks written under a contact show with their times', async () => {
  await withSandbox({}, async (sb) => {
    type Search = { tasks: Json[] };
    const search = (body: Json) => call<Search>(sb, 'POST', `/locations/${sb.locationId}/tasks/search`, { body });
    const all = await search({});
    expect(all.status).toBe(200);
    expect(all.body.tasks).toHaveLength(4);
    const due = all.body.tasks.map((t) => t.dueDate as string);
    expect([...due].sort()).toEqual(due);
    const first = all.body.tasks[0]!;
    expect(first).toMatchObject({ locationId: sb.locationId, deleted: false, contactDetails: { firstName: expect.any(String) }, assignedToUserDetails: { id: first.assignedTo } });
    expect(typeof first._id).toBe('string');
    expect(first.dateAdded).toMatch(/^\d{4}-\d\d-\d\dT/);

    expect((await search({ completed: false })).body.tasks).toHaveLength(3);
    const done = await search({ completed: true });
    expect(done.body.tasks.map((t) => t.title)).toEqual(['Send Invisalign financing options']);
    expect((done.body.tasks[0]!.dateUpdated as string) > (done.body.tasks[0]!.dateAdded as string)).toBe(true);
    const priya = [...sb.store.users.values()].find((u) => u.firstName === 'Priya')!;
    expect((await search({ assignedTo: [priya.id] })).body.tasks.map((t) => t.title)).toEqual(['Schedule 6-month cleaning']);
    const rosa = [...sb.store.contacts.values()].find((c) => c.firstName === 'Rosa')!;
    expect((await search({ contactId: [rosa.id] })).body.tasks).toHaveLength(2);
    expect((await search({ businessId: rosa.businessId })).body.tasks).toHaveLength(2);
    expect((await search({ query: 'INSURANCE' })).body.tasks).toHaveLength(1);
    const page2 = await search({ limit: 2, skip: 2 });
    expect(page2.body.tasks.map((t) => t._id)).toEqual(all.body.tasks.slice(2).map((t) => t._id));

    const created = await call<{ task: Json }>(sb, 'POST', `/contacts/${rosa.id}/tasks`, { body: { title: 'Mail the aligner care kit', dueDate: '2030-01-15T16:00:00Z', completed: false } });
    expect(created.body.task).not.toHaveProperty('dateAdded');
    const id = created.body.task.id as string;
    const added = (await search({ completed: false })).body.tasks.find((t) => t._id === id)!;
    expect(Date.now() - Date.parse(added.dateAdded as string)).toBeLessThan(60_000);
    await call(sb, 'PUT', `/contacts/${rosa.id}/tasks/${id}/completed`, { body: { completed: true } });
    const completed = (await search({ completed: true })).body.tasks.find((t) => t._id === id)!;
    expect((completed.dateUpdated as string) > (added.dateUpdated as string)).toBe(true);

    const refused = await call(sb, 'POST', `/locations/${sb.locationId}/tasks/search`, { body: { limit: 'ten' } });
    expect(refused.body.message).toEqual(['limit must be a number conforming to the specified constraints']);
    expect((await search({ assignedTo: priya.id })).status).toBe(422);
    expect((await call(sb, 'POST', '/locations/other_location/tasks/search', { body: {} })).status).toBe(403);
  });
});
