import { call, withSandbox, type Json } from './support';

/**
 * The routes added so that every operation runs: real state (create, then get returns it;
 * delete, then get is 404), HighLevel's 422 message arrays for missing fields, and the shapes
 * the spec gives (the blog post under `data`, businesses under the misspelt `buiseness`,
 * notifications as arrays, a recording as audio).
 */

interface Lifecycle {
  name: string;
  version?: string;
  create: [path: string, body: (ctx: Ctx) => unknown];
  idOf: (answer: Json) => string;
  get: (id: string, ctx: Ctx) => [path: string, query?: Record<string, string>];
  expectGot: (answer: Json) => unknown;
  remove: (id: string, ctx: Ctx) => [path: string, query?: Record<string, string>];
  missing: (ctx: Ctx) => [path: string, messages: string[]];
}
interface Ctx {
  loc: string;
  calendarId: string;
  appointmentId: string;
}

const LIFECYCLES: Lifecycle[] = [
  {
    name: 'association',
    create: ['/associations/', ({ loc }) => ({ locationId: loc, key: 'pet_owner', firstObjectKey: 'contact', firstObjectLabel: 'Owner', secondObjectKey: 'contact', secondObjectLabel: 'Pet' })],
    idOf: (a) => String(a.id),
    get: (id) => [`/associations/${id}`],
    expectGot: (a) => expect(a).toMatchObject({ key: 'pet_owner', associationType: 'USER_DEFINED', firstObjectLabel: 'Owner' }),
    remove: (id) => [`/associations/${id}`],
    missing: () => ['/associations/', ['locationId should not be empty', 'key should not be empty', 'firstObjectLabel should not be empty', 'firstObjectKey should not be empty', 'secondObjectLabel should not be empty', 'secondObjectKey should not be empty']],
  },
  {
    name: 'calendar group',
    version: '2021-04-15',
    create: ['/calendars/groups', ({ loc }) => ({ locationId: loc, name: 'Evenings', description: 'After-work visits', slug: 'evenings' })],
    idOf: (a) => String((a.group as Json).id),
    get: (_id, { loc }) => ['/calendars/groups', { locationId: loc }],
    expectGot: (a) => expect((a.groups as Json[]).map((g) => g.slug)).toContain('evenings'),
    remove: (id) => [`/calendars/groups/${id}`],
    missing: () => ['/calendars/groups', ['locationId should not be empty', 'name should not be empty', 'description should not be empty', 'slug should not be empty']],
  },
  {
    name: 'calendar resource',
    version: '2021-04-15',
    create: ['/calendars/resources/rooms', ({ loc, calendarId }) => ({ locationId: loc, name: 'Operatory 2', description: 'Back room', quantity: 1, outOfService: 0, capacity: 1, calendarIds: [calendarId] })],
    idOf: (a) => String(a.id),
    get: (id) => [`/calendars/resources/rooms/${id}`],
    expectGot: (a) => expect(a).toMatchObject({ name: 'Operatory 2', resourceType: 'rooms', isActive: true }),
    remove: (id) => [`/calendars/resources/rooms/${id}`],
    missing: () => ['/calendars/resources/rooms', ['locationId should not be empty', 'name should not be empty', 'description should not be empty', 'quantity should not be empty', 'outOfService should not be empty', 'capacity should not be empty', 'calendarIds should not be empty']],
  },
  {
    name: 'appointment note',
    version: '2021-04-15',
    create: ['/calendars/appointments/{appointmentId}/notes', () => ({ body: 'Bring X-rays.' })],
    idOf: (a) => String((a.note as Json).id),
    get: (_id, { appointmentId }) => [`/calendars/appointments/${appointmentId}/notes`, { limit: '10', offset: '0' }],
    expectGot: (a) => expect((a.notes as Json[]).map((n) => n.body)).toContain('Bring X-rays.'),
    remove: (id, { appointmentId }) => [`/calendars/appointments/${appointmentId}/notes/${id}`],
    missing: () => ['/calendars/appointments/{appointmentId}/notes', ['body should not be empty']],
  },
  {
    name: 'business',
    create: ['/businesses/', ({ loc }) => ({ locationId: loc, name: 'Barton Creek Clinic', city: 'Austin' })],
    idOf: (a) => String((a.buiseness as Json).id),
    get: (id) => [`/businesses/${id}`],
    expectGot: (a) => expect(a.business).toMatchObject({ name: 'Barton Creek Clinic', city: 'Austin' }),
    remove: (id) => [`/businesses/${id}`],
    missing: () => ['/businesses/', ['name should not be empty', 'locationId should not be empty']],
  },
  {
    name: 'custom value',
    create: ['/locations/{locationId}/customValues', () => ({ name: 'Winter Promo Code', value: 'BRRR10' })],
    idOf: (a) => String((a.customValue as Json).id),
    get: (id, { loc }) => [`/locations/${loc}/customValues/${id}`],
    expectGot: (a) => expect(a.customValue).toMatchObject({ name: 'Winter Promo Code', value: 'BRRR10', fieldKey: '{{ custom_values.winter_promo_code }}' }),
    remove: (id, { loc }) => [`/locations/${loc}/customValues/${id}`],
    missing: () => ['/locations/{locationId}/customValues', ['name should not be empty', 'value should not be empty']],
  },
  {
    name: 'custom object record',
    create: ['/objects/custom_objects.pet/records', ({ loc }) => ({ locationId: loc, properties: { name: 'Rex', species: 'dog' } })],
    idOf: (a) => String((a.record as Json).id),
    get: (id) => [`/objects/custom_objects.pet/records/${id}`],
    expectGot: (a) => expect(a.record).toMatchObject({ properties: { name: 'Rex', species: 'dog' }, objectKey: 'custom_objects.pet' }),
    remove: (id) => [`/objects/custom_objects.pet/records/${id}`],
    missing: () => ['/objects/custom_objects.pet/records/search', ['locationId should not be empty', 'page should not be empty', 'pageLimit should not be empty', 'searchAfter should not be empty']],
  },
];

const fill = (path: string, ctx: Ctx) => path.replace('{appointmentId}', ctx.appointmentId).replace('{locationId}', ctx.loc);

test.each(LIFECYCLES.map((l) => [l.name, l] as const))('%s: create, get, delete, then gone; missing fields are a 422 with one message each', async (_n, l) => {
  await withSandbox({}, async (sb) => {
    const appointment = [...sb.store.appointments.values()][0]!;
    const ctx: Ctx = { loc: sb.locationId, calendarId: appointment.calendarId, appointmentId: appointment.id };
    const version = l.version;
    const created = await call(sb, 'POST', fill(l.create[0], ctx), { body: l.create[1](ctx), version });
    expect(created.status).toBe(201);
    const id = l.idOf(created.body);
    const [getPath, getQuery] = l.get(id, ctx);
    const got = await call(sb, 'GET', getPath, { query: getQuery, version });
    expect(got.status).toBe(200);
    l.expectGot(got.body);
    const [delPath, delQuery] = l.remove(id, ctx);
    expect((await call(sb, 'DELETE', delPath, { query: delQuery, version })).status).toBe(200);
    expect((await call(sb, 'DELETE', delPath, { query: delQuery, version })).status).toBe(404);
    const [missingPath, messages] = l.missing(ctx);
    const refused = await call(sb, 'POST', fill(missingPath, ctx), { body: {}, version });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ statusCode: 422, message: messages, error: 'Unprocessable Entity' });
  });
});

test('blog posts: created under data, slug taken, updated under updatedBlogPost, listed', async () => {
  await withSandbox({}, async (sb) => {
    const blog = [...sb.ext.blogs.values()][0]!;
    const author = [...sb.ext.blogAuthors.values()][0]!;
    const category = [...sb.ext.blogCategories.values()][0]!;
    const post = { title: 'Flossing 101', locationId: sb.locationId, blogId: blog._id, imageUrl: '', description: '', rawHTML: '<p>Floss.</p>', status: 'DRAFT', imageAltText: '', categories: [category._id], author: author._id, urlSlug: 'flossing-101', publishedAt: new Date().toISOString() };
    const created = await call<{ data: Json }>(sb, 'POST', '/blogs/posts', { body: post });
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({ title: 'Flossing 101', status: 'DRAFT', urlSlug: 'flossing-101', archived: false });
    const id = String(created.body.data._id);
    const slug = (postId?: string) => call(sb, 'GET', '/blogs/posts/url-slug-exists', { query: { locationId: sb.locationId, urlSlug: 'flossing-101', postId } });
    expect((await slug()).body.exists).toBe(true);
    expect((await slug(id)).body.exists).toBe(false);
    expect((await call(sb, 'POST', '/blogs/posts', { body: post })).body.message).toBe('A post with this URL slug already exists');
    const updated = await call<{ updatedBlogPost: Json }>(sb, 'PUT', `/blogs/posts/${id}`, { body: { ...post, status: 'PUBLISHED' } });
    expect(updated.body.updatedBlogPost).toMatchObject({ _id: id, status: 'PUBLISHED' });
    const listed = await call<{ blogs: Json[] }>(sb, 'GET', '/blogs/posts/all', { query: { locationId: sb.locationId, blogId: blog._id, limit: '10', offset: '0', status: 'PUBLISHED' } });
    expect(listed.body.blogs.map((p) => p._id)).toContain(id);
    const { imageUrl: _i, ...noImage } = post;
    expect((await call(sb, 'POST', '/blogs/posts', { body: { ...noImage, urlSlug: 'other' } })).body.message).toEqual(['imageUrl must be a string']);
  });
});

test('calendar notifications: the create body and answer are arrays; each item is checked', async () => {
  await withSandbox({}, async (sb) => {
    const calendarId = [...sb.store.calendars.values()][0]!.id;
    const path = `/calendars/${calendarId}/notifications`;
    const made = await call<Json[]>(sb, 'POST', path, { body: [{ receiverType: 'contact', channel: 'sms', notificationType: 'confirmation', body: 'Booked!' }] });
    expect(made.status).toBe(200);
    expect(made.body).toEqual([expect.objectContaining({ receiverType: 'contact', channel: 'sms', isActive: true, deleted: false })]);
    const id = String(made.body[0]!._id);
    expect((await call<Json>(sb, 'GET', `${path}/${id}`)).body.body).toBe('Booked!');
    expect((await call<Json>(sb, 'PUT', `${path}/${id}`, { body: { body: 'Changed' } })).body.message).toBe('Notification updated successfully');
    expect((await call<Json>(sb, 'GET', `${path}/${id}`)).body.body).toBe('Changed');
    const refused = await call(sb, 'POST', path, { body: [{ channel: 'email' }] });
    expect(refused.body.message).toEqual(['0.receiverType should not be empty', '0.notificationType should not be empty']);
  });
});

test('conversations come from the messages; a call message has a recording and a transcription, an SMS does not', async () => {
  await withSandbox({}, async (sb) => {
    const sms = [...sb.store.messages.values()].find((m) => m.messageType === 'TYPE_SMS')!;
    const found = await call<{ conversations: Json[]; total: number }>(sb, 'GET', '/conversations/search', { query: { locationId: sb.locationId, contactId: sms.contactId } });
    expect(found.body.conversations.map((c) => c.id)).toEqual([sms.conversationId]);
    expect(found.body.conversations[0]).toMatchObject({ contactId: sms.contactId, fullName: sb.store.contacts.get(sms.contactId)!.name });
    const page = await call<{ messages: Json[]; nextPage: boolean; lastMessageId: string }>(sb, 'GET', `/conversations/${sms.conversationId}/messages`);
    expect(page.body.messages.length).toBeGreaterThan(0);
    expect(page.body.messages.map((m) => m.conversationId)).toEqual(page.body.messages.map(() => sms.conversationId));
    expect(page.body).toMatchObject({ nextPage: false, lastMessageId: page.body.messages[page.body.messages.length - 1]!.id });
    const recordingOf = (id: string) => `/conversations/messages/${id}/locations/${sb.locationId}/recording`;
    expect((await call(sb, 'GET', recordingOf(sms.id))).body.message).toBe('Recording not found for this message');
    sb.store.messages.set('callMessage000000001', { ...sms, id: 'callMessage000000001', type: 1, messageType: 'TYPE_CALL' });
    const res = await fetch(sb.url + recordingOf('callMessage000000001'), { headers: { Authorization: `Bearer ${sb.issueTokens().access_token}`, Version: '2021-04-15' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/x-wav');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 4).toString()).toBe('RIFF');
    const sentences = await call<Json[]>(sb, 'GET', `/conversations/locations/${sb.locationId}/messages/callMessage000000001/transcription`);
    expect(sentences.body.map((s) => s.sentenceIndex)).toEqual([0, 1]);
  });
});

test('upsert opportunity: creates when the contact has none in the pipeline, then updates it; followers follow the action', async () => {
  await withSandbox({}, async (sb) => {
    const pipeline = [...sb.store.pipelines.values()][0]!;
    const contact = sb.store.contactsOf(sb.locationId).find((c) => ![...sb.store.opportunities.values()].some((o) => o.contactId === c.id))!;
    const user = [...sb.store.users.values()].find((u) => u.roles.locationIds.includes(sb.locationId))!;
    const body = { locationId: sb.locationId, pipelineId: pipeline.id, contactId: contact.id, name: 'Crown', followers: [user.id], followersActionType: 'add', isRemoveAllFollowers: false };
    const first = await call<{ opportunity: Json; new: boolean }>(sb, 'POST', '/opportunities/upsert', { body });
    expect(first.body).toMatchObject({ new: true, opportunity: { name: 'Crown', contactId: contact.id, followers: [user.id], status: 'open' } });
    const second = await call<{ opportunity: Json; new: boolean }>(sb, 'POST', '/opportunities/upsert', { body: { ...body, monetaryValue: 900, followersActionType: 'remove' } });
    expect(second.body).toMatchObject({ new: false, opportunity: { id: first.body.opportunity.id, monetaryValue: 900, followers: [] } });
    const refused = await call(sb, 'POST', '/opportunities/upsert', { body: { locationId: sb.locationId } });
    expect(refused.body.message).toEqual(['pipelineId should not be empty', 'followers should not be empty', 'isRemoveAllFollowers should not be empty', 'followersActionType should not be empty']);
  });
});
