import type { AvailabilityScheduleRecord } from '../ext-store';
import { badRequest, clone, intParam, notFound, opt, req, route, unprocessable, V_2021_04_15 as V, type Route, type World } from '../http';
import { newId } from '../ids';

/**
 * Users' availability schedules (calendars.json `/calendars/schedules`, Version 2021-04-15):
 * search (location and user required; a calendar narrows it; skip/limit), get, create (201),
 * update (only the fields given), delete, and applying one to a calendar of the same location
 * or removing it. Rules are checked as the spec's `ScheduleRuleDTO` (weekday or date, HH:MM
 * intervals); the time zone as the spec's pattern (Area/City).
 */
const NOT_FOUND = 'Schedule not found';
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const HHMM = /^([01]?[0-9]|2[0-3]):[0-5][0-9]$/;
const ZONE = /^[A-Za-z_]+\/[A-Za-z_]+$/;
type Rule = AvailabilityScheduleRecord['rules'][number];
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function rulesOf(raw: unknown[]): Rule[] {
  const errors: string[] = [];
  const rules = raw.map((r, i): Rule => {
    const o = isObj(r) ? r : {};
    const at = `rules.${i}`;
    if (o.type !== 'wday' && o.type !== 'date') errors.push(`${at}.type must be one of the following values: wday, date`);
    if (o.type === 'wday' && !DAYS.includes(String(o.day))) errors.push(`${at}.day must be one of the following values: ${DAYS.join(', ')}`);
    if (o.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(o.date))) errors.push(`${at}.date must match /^\\d{4}-\\d{2}-\\d{2}$/ regular expression`);
    const intervals = (Array.isArray(o.intervals) ? o.intervals : []).map((x, j) => {
      const iv = isObj(x) ? x : {};
      for (const k of ['from', 'to'] as const) if (!HHMM.test(String(iv[k]))) errors.push(`${at}.intervals.${j}.${k} must be in HH:MM format`);
      return { from: String(iv.from), to: String(iv.to) };
    });
    if (!Array.isArray(o.intervals)) errors.push(`${at}.intervals must be an array`);
    return o.type === 'date' ? { type: 'date', date: String(o.date), intervals } : { type: 'wday', day: String(o.day), intervals };
  });
  if (errors.length) throw unprocessable(errors);
  return rules;
}

const zoneOf = (tz: string): string => {
  if (!ZONE.test(tz)) throw unprocessable(['timezone must match /^[A-Za-z_]+\\/[A-Za-z_]+$/ regular expression']);
  return tz;
};

export function availabilityScheduleRoutes({ store, ext }: World): Route[] {
  const find = (id: string, own: (l: string) => void): AvailabilityScheduleRecord => {
    const s = ext.availabilitySchedules.get(id);
    if (!s || s.deleted) throw notFound(NOT_FOUND);
    own(s.locationId);
    return s;
  };
  const save = (s: AvailabilityScheduleRecord) => {
    const next = { ...s, dateUpdated: store.now() };
    ext.availabilitySchedules.set(next.id, next);
    return { schedule: clone(next) };
  };
  const calendarOf = (calendarId: string, s: AvailabilityScheduleRecord) => {
    const c = store.calendars.get(calendarId);
    if (!c) throw notFound('Schedule or calendar not found');
    if (c.locationId !== s.locationId) throw badRequest('Schedule and calendar must belong to the same location');
    return c;
  };
  return [
    route({
      method: 'GET',
      path: '/calendars/schedules/search',
      version: V,
      query: { locationId: req.string(), userId: req.string(), calendarId: opt.string(), skip: opt.string(), limit: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const skip = intParam(query.skip, 0, 'skip');
        const limit = intParam(query.limit, 20, 'limit', 100);
        const all = [...ext.availabilitySchedules.values()]
          .filter((s) => s.locationId === query.locationId && s.userId === query.userId && !s.deleted)
          .filter((s) => !query.calendarId || s.calendarIds.includes(query.calendarId))
          .sort((a, b) => a.dateAdded.localeCompare(b.dateAdded) || a.id.localeCompare(b.id));
        return { schedules: all.slice(skip, skip + limit).map(clone) };
      },
    }),
    route({
      method: 'GET',
      path: '/calendars/schedules/{id}',
      version: V,
      handler: ({ params, ownLocation }) => ({ schedule: clone(find(params.id, ownLocation)) }),
    }),
    route({
      method: 'POST',
      path: '/calendars/schedules',
      version: V,
      status: 201,
      body: { locationId: req.string(), userId: req.string(), name: req.string(), timezone: req.string(), rules: opt.array(), calendarIds: opt.stringArray() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        const user = store.users.get(body.userId);
        if (!user || !user.roles.locationIds.includes(body.locationId)) throw badRequest('User not found');
        const now = store.now();
        const s: AvailabilityScheduleRecord = {
          id: newId(), locationId: body.locationId, userId: body.userId, name: body.name, timezone: zoneOf(body.timezone), rules: rulesOf(body.rules ?? []),
          calendarIds: [], deleted: false, dateAdded: now, dateUpdated: now,
        };
        for (const id of body.calendarIds ?? []) calendarOf(id, s);
        return save({ ...s, calendarIds: [...new Set(body.calendarIds ?? [])] });
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/schedules/{id}',
      version: V,
      body: { name: opt.string(), rules: opt.array(), timezone: opt.string() },
      handler: ({ params, body, ownLocation }) => {
        const s = find(params.id, ownLocation);
        return save({ ...s, ...(body.name ? { name: body.name } : {}), ...(body.timezone ? { timezone: zoneOf(body.timezone) } : {}), ...(body.rules ? { rules: rulesOf(body.rules) } : {}) });
      },
    }),
    route({
      method: 'DELETE',
      path: '/calendars/schedules/{id}',
      version: V,
      handler: ({ params, ownLocation }) => {
        const s = find(params.id, ownLocation);
        ext.availabilitySchedules.delete(s.id);
        return { success: true };
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/schedules/{id}/associations/{calendarId}',
      version: V,
      handler: ({ params, ownLocation }) => {
        const s = find(params.id, ownLocation);
        calendarOf(params.calendarId, s);
        save({ ...s, calendarIds: [...new Set([...s.calendarIds, params.calendarId])] });
        return { success: true };
      },
    }),
    route({
      method: 'DELETE',
      path: '/calendars/schedules/{id}/associations/{calendarId}',
      version: V,
      handler: ({ params, ownLocation }) => {
        const s = find(params.id, ownLocation);
        calendarOf(params.calendarId, s);
        save({ ...s, calendarIds: s.calendarIds.filter((c) => c !== params.calendarId) });
        return { success: true };
      },
    }),
  ];
}
