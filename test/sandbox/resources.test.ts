import { call, withSandbox, type Json } from './support';

/** Opportunities, calendars, and the location's users, campaigns, workflows, businesses, custom fields. */

test('the demo location and what it is made of', async () => {
  await withSandbox({}, async (sb) => {
    const loc = await call<{ location: Json }>(sb, 'GET', `/locations/${sb.locationId}`);
    expect(loc.body.location).toMatchObject({ id: 'sunrise_location_01', companyId: sb.companyId, name: 'Sunrise Dental - Austin', timezone: 'America/Chicago' });

    const contactFields = await call<{ customFields: Json[] }>(sb, 'GET', `/locations/${sb.locationId}/customFields`, { query: { model: 'contact' } });
    expect(contactFields.body.customFields.map((f) => [f.name, f.dataType])).toEqual(
      expect.arrayContaining([
        ['Preferred Mail Day', 'SINGLE_OPTIONS'],
        ['Household Size', 'NUMERICAL'],
        ['Interests', 'CHECKBOX'],
      ]),
    );
    expect(contactFields.body.customFields.every((f) => f.model === 'contact' && String(f.fieldKey).startsWith('contact.'))).toBe(true);
    const oppFields = await call<{ customFields: Json[] }>(sb, 'GET', `/locations/${sb.locationId}/customFields`, { query: { model: 'opportunity' } });
    expect(oppFields.body.customFields.length).toBeGreaterThan(0);
    expect((await call(sb, 'GET', `/locations/${sb.locationId}/customFields`, { query: { model: 'invoice' } })).status).toBe(422);

    const users = await call<{ users: Json[]; count: number }>(sb, 'GET', '/users/search', { query: { companyId: sb.companyId, locationId: sb.locationId } });
    expect(users.body.count).toBe(3);
    expect((await call(sb, 'GET', '/users/search', { query: { locationId: sb.locationId } })).body.message).toEqual(['companyId should not be empty']);
    expect((await call<{ users: Json[] }>(sb, 'GET', '/users/', { query: { locationId: sb.locationId } })).body.users).toHaveLength(3);
    expect((await call<{ campaigns: Json[] }>(sb, 'GET', '/campaigns/', { query: { locationId: sb.locationId } })).body.campaigns).toHaveLength(2);
    expect((await call<{ workflows: Json[] }>(sb, 'GET', '/workflows/', { query: { locationId: sb.locationId } })).body.workflows).toHaveLength(2);
    const businesses = await call<{ businesses: Json[] }>(sb, 'GET', '/businesses/', { query: { locationId: sb.locationId } });
    expect(businesses.body.businesses).toHaveLength(3);
    expect((await call(sb, 'GET', '/businesses/')).status).toBe(422);
  });
});

test('opportunities: create (duplicates refused), status and stage changes keep their timestamps, search filters and pages', async () => {
  await withSandbox({}, async (sb) => {
    const pipelines = await call<{ pipelines: { id: string; stages: { id: string; name: string }[] }[] }>(sb, 'GET', '/opportunities/pipelines', { query: { locationId: sb.locationId } });
    const pipeline = pipelines.body.pipelines[0]!;
    expect(pipeline.stages.map((s) => s.name)).toEqual(['New Inquiry', 'Consultation Booked', 'Treatment Plan Presented', 'Treatment Scheduled']);
    const ethan = [...sb.store.contacts.values()].find((c) => c.firstName === 'Ethan')!;
    const treatment = [...sb.store.customFields.values()].find((f) => f.fieldKey === 'opportunity.treatment_type')!;

    const missing = await call(sb, 'POST', '/opportunities/', { body: { locationId: sb.locationId } });
    expect(missing.body.message).toEqual(['pipelineId should not be empty', 'name should not be empty', 'status should not be empty', 'contactId should not be empty']);

    const created = await call<{ opportunity: Json }>(sb, 'POST', '/opportunities/', {
      body: { locationId: sb.locationId, pipelineId: pipeline.id, name: 'Ethan Brooks - Crown', status: 'open', contactId: ethan.id, monetaryValue: 1350, customFields: [{ key: 'treatment_type', field_value: 'Crown' }] },
    });
    expect(created.status).toBe(201);
    const opp = created.body.opportunity;
    expect(opp).toMatchObject({ pipelineStageId: pipeline.stages[0]!.id, status: 'open', monetaryValue: 1350, contact: { id: ethan.id, email: 'ethan.brooks@example.com' } });
    expect(opp.customFields).toEqual([{ id: treatment.id, fieldValue: 'Crown' }]);
    const dup = await call(sb, 'POST', '/opportunities/', { body: { locationId: sb.locationId, pipelineId: pipeline.id, name: 'again', status: 'open', contactId: ethan.id } });
    expect(dup.status).toBe(400);

    const id = opp.id as string;
    const moved = await call<{ opportunity: Json }>(sb, 'PUT', `/opportunities/${id}`, { body: { pipelineStageId: pipeline.stages[2]!.id } });
    expect(moved.body.opportunity.lastStageChangeAt! > (opp.lastStageChangeAt as string)).toBe(true);
    expect(moved.body.opportunity.lastStatusChangeAt).toBe(opp.lastStatusChangeAt);
    expect((await call(sb, 'PUT', `/opportunities/${id}/status`, { body: { status: 'won' } })).body).toEqual({ succeded: true });
    const won = await call<{ opportunity: Json }>(sb, 'GET', `/opportunities/${id}`);
    expect(won.body.opportunity.status).toBe('won');
    expect(won.body.opportunity.lastStatusChangeAt! > (moved.body.opportunity.lastStatusChangeAt as string)).toBe(true);
    expect(won.body.opportunity.updatedAt! >= (won.body.opportunity.lastStatusChangeAt as string)).toBe(true);
    expect((await call(sb, 'PUT', `/opportunities/${id}/status`, { body: { status: 'all' } })).status).toBe(422);

    type Search = { opportunities: Json[]; meta: { total: number; startAfter: number | null; startAfterId: string | null } };
    const search = (query: Record<string, string | number>) => call<Search>(sb, 'GET', '/opportunities/search', { query: { location_id: sb.locationId, ...query } });
    const open = await search({ status: 'open', pipeline_id: pipeline.id });
    expect(open.body.opportunities.every((o) => o.status === 'open')).toBe(true);
    expect(open.body.meta.total).toBe(3);
    expect((await search({ pipeline_stage_id: pipeline.stages[2]!.id })).body.opportunities.map((o) => o.id)).toContain(id);
    const newest = await search({ order: 'added_desc', limit: 2 });
    expect(newest.body.opportunities[0]!.id).toBe(id);
    const next = await search({ order: 'added_desc', limit: 2, startAfter: newest.body.meta.startAfter!, startAfterId: newest.body.meta.startAfterId! });
    const page2 = await search({ order: 'added_desc', limit: 2, page: 2 });
    expect(next.body.opportunities.map((o) => o.id)).toEqual(page2.body.opportunities.map((o) => o.id));
    const oldest = await search({ order: 'added_asc', limit: 1 });
    expect(oldest.body.opportunities[0]!.name).toBe('Samuel Okafor - In-Office Whitening');
    expect((await search({})).body.meta.total).toBe(5);
    expect((await call(sb, 'GET', '/opportunities/search')).body.message).toEqual(['location_id should not be empty']);

    expect((await call(sb, 'DELETE', `/opportunities/${id}`)).body).toEqual({ succeded: true });
    expect((await call(sb, 'GET', `/opportunities/${id}`)).status).toBe(404);
  });
});

test('calendars: events in a range, booking checks the slot, free slots exclude what is booked', async () => {
  await withSandbox({}, async (sb) => {
    const cals = await call<{ calendars: Json[] }>(sb, 'GET', '/calendars/', { query: { locationId: sb.locationId } });
    expect(cals.body.calendars.map((c) => c.name)).toEqual(['New Patient Exam', 'Cleaning & Hygiene']);
    const cleaning = cals.body.calendars[1]!;
    expect((await call<{ calendar: Json }>(sb, 'GET', `/calendars/${cleaning.id as string}`)).body.calendar.slotDuration).toBe(30);

    const now = Date.now();
    const week = { locationId: sb.locationId, calendarId: cleaning.id as string, startTime: now - 14 * 864e5, endTime: now + 14 * 864e5 };
    const events = await call<{ events: Json[] }>(sb, 'GET', '/calendars/events', { query: week });
    expect(events.body.events.length).toBe(3);
    expect((await call(sb, 'GET', '/calendars/events', { query: { ...week, calendarId: undefined } })).status).toBe(422);

    const slots = await call<Record<string, { slots: string[] }>>(sb, 'GET', `/calendars/${cleaning.id as string}/free-slots`, {
      query: { startDate: now, endDate: now + 7 * 864e5, timezone: 'America/Chicago' },
    });
    expect(slots.status).toBe(200);
    const all = Object.values(slots.body).flatMap((d) => d.slots);
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) expect(s).toMatch(/^\d{4}-\d\d-\d\dT\d\d:[03]0:00-0[56]:00$/);
    const booked = [...sb.store.appointments.values()].filter((a) => a.calendarId === cleaning.id && Date.parse(a.startTime) > now);
    for (const a of booked) expect(all).not.toContain(a.startTime);

    const contact = [...sb.store.contacts.values()].find((c) => c.firstName === 'Ethan')!;
    const taken = await call(sb, 'POST', '/calendars/events/appointments', {
      body: { calendarId: cleaning.id, locationId: sb.locationId, contactId: contact.id, startTime: booked[0]!.startTime },
    });
    expect(taken.status).toBe(400);
    expect(taken.body.message).toBe('The slot you have selected is no longer available.');

    // A slot at least a minute ahead, so it cannot pass into the past before it is booked.
    const free = all.find((s) => Date.parse(s) > Date.now() + 60_000)!;
    const made = await call<Json>(sb, 'POST', '/calendars/events/appointments', {
      body: { calendarId: cleaning.id, locationId: sb.locationId, contactId: contact.id, startTime: free, title: 'Cleaning for Ethan' },
    });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ calendarId: cleaning.id, contactId: contact.id, startTime: free, title: 'Cleaning for Ethan', appointmentStatus: 'confirmed' });
    const eventId = made.body.id as string;
    const after = await call<Record<string, { slots: string[] }>>(sb, 'GET', `/calendars/${cleaning.id as string}/free-slots`, {
      query: { startDate: now, endDate: now + 7 * 864e5 },
    });
    expect(Object.values(after.body).flatMap((d) => d.slots)).not.toContain(free);

    const got = await call<{ event: Json }>(sb, 'GET', `/calendars/events/appointments/${eventId}`);
    expect(got.body.event).toMatchObject({ id: eventId, title: 'Cleaning for Ethan' });
    const moved = await call<Json>(sb, 'PUT', `/calendars/events/appointments/${eventId}`, { body: { appointmentStatus: 'cancelled' } });
    expect(moved.body.appointmentStatus).toBe('cancelled');
    expect((await call(sb, 'DELETE', `/calendars/events/${eventId}`, { body: {} })).body).toEqual({ succeeded: true });
    expect((await call(sb, 'GET', `/calendars/events/appointments/${eventId}`)).status).toBe(404);
    expect((await call(sb, 'GET', `/calendars/${cleaning.id as string}/free-slots`, { query: { startDate: now, endDate: now + 40 * 864e5 } })).status).toBe(422);
  });
});

test('demoData: false starts with the location and its owner only', async () => {
  await withSandbox({ demoData: false }, async (sb) => {
    expect(sb.locationId).toBe('sunrise_location_01');
    expect(sb.store.contacts.size).toBe(0);
    expect(sb.store.users.size).toBe(1);
    const list = await call<{ contacts: Json[]; meta: Json }>(sb, 'GET', '/contacts/', { query: { locationId: sb.locationId } });
    expect(list.body.contacts).toEqual([]);
    expect(list.body.meta).toMatchObject({ total: 0, startAfter: null, startAfterId: null, nextPageUrl: null });
  });
});
