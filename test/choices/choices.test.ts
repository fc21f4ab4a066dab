/**
 * Time Zone and Country inputs are static dropdowns (src/choices): every such input of every
 * operation offers the shipped list (no dynamic source, no request), a value from the list is
 * sent as the list spells it, and anything else stops the step naming the field.
 */
import app from '../../index';
import { COUNTRY_CODES } from '../../src/choices/country-codes';
import { COUNTRY_NAMES } from '../../src/choices/country-list';
import { TIME_ZONE_LINKS, TIME_ZONES } from '../../src/choices/time-zone-list';
import { isTimeZone } from '../../src/time';
import { runTable, type Case } from '../support/table';

const V = '2021-07-28' as const;
const C = '2021-04-15' as const;

interface Field {
  key: string;
  choices?: unknown;
  dynamic?: string;
}
const inputFieldsOf = (kind: 'triggers' | 'creates' | 'searches') =>
  Object.entries(app[kind] as Record<string, { operation: { inputFields?: unknown[] } }>).flatMap(([key, op]) =>
    (op.operation.inputFields ?? []).filter((f): f is Field => typeof f === 'object' && f !== null && 'key' in f).map((f) => ({ op: `${kind}.${key}`, field: f })),
  );
const all = [...inputFieldsOf('triggers'), ...inputFieldsOf('creates'), ...inputFieldsOf('searches')];

describe('the lists', () => {
  test('time zones: IANA names this Node converts, no repeats, zones and links apart', () => {
    expect([...TIME_ZONES, ...TIME_ZONE_LINKS].filter((tz) => !isTimeZone(tz))).toEqual([]);
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
    expect(TIME_ZONE_LINKS.filter((l) => TIME_ZONES.includes(l))).toEqual([]);
    expect(TIME_ZONES).toEqual(expect.arrayContaining(['America/Chicago', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Etc/UTC']));
    expect(TIME_ZONE_LINKS).toEqual(expect.arrayContaining(['US/Central', 'UTC', 'Asia/Calcutta']));
  });

  test('countries: exactly HighLevel\'s codes, each with its own English name', () => {
    expect(Object.keys(COUNTRY_NAMES).sort()).toEqual([...COUNTRY_CODES].sort());
    expect(COUNTRY_CODES.size).toBe(247);
    expect(new Set(Object.values(COUNTRY_NAMES).map((n) => n.toLowerCase())).size).toBe(COUNTRY_CODES.size);
    expect(COUNTRY_NAMES).toMatchObject({ US: 'United States', GB: 'United Kingdom', XK: 'Kosovo', AN: 'Netherlands Antilles' });
  });
});

test('every Time Zone and Country input of the app is a static dropdown of the shipped list', () => {
  const tzFields = all.filter(({ field }) => /^time_?zone$/i.test(field.key));
  const countryFields = all.filter(({ field }) => field.key === 'country');
  expect(tzFields.map((f) => f.op)).toEqual(
    expect.arrayContaining(['creates.createContact', 'creates.updateContact', 'creates.upsertContact', 'creates.createLocation', 'creates.createAppointment', 'creates.createBlockSlot', 'triggers.getFreeSlots', 'searches.getFreeSlots']),
  );
  expect(countryFields.map((f) => f.op)).toEqual(expect.arrayContaining(['creates.createContact', 'creates.createBusiness', 'creates.updateBusiness', 'creates.createLocation']));
  const notStatic = [...tzFields, ...countryFields].filter(({ field }) => typeof field.choices !== 'object' || field.choices === null || field.dynamic !== undefined).map((f) => `${f.op}: ${f.field.key}`);
  expect(notStatic).toEqual([]);
  for (const { field } of tzFields) expect(field.choices).toEqual(TIME_ZONES);
  for (const { field } of countryFields) expect(Object.keys(field.choices as Record<string, string>)).toEqual(Object.keys(COUNTRY_NAMES));
  const contactCountry = countryFields.find((f) => f.op === 'creates.createContact')!.field.choices as Record<string, string>;
  expect([contactCountry.US, contactCountry.GB, contactCountry.AX]).toEqual(['United States (US)', 'United Kingdom (GB)', 'Åland Islands (AX)']);
});

const BIZ_REPLY = { reply: { status: 201, body: { success: true, buiseness: { id: 'B1', name: 'Delgado Dental', locationId: 'LOC123' } } } };

const cases: Case[] = [
  {
    name: 'a country by its English name, any case, is sent as its code',
    op: 'creates.createBusiness',
    input: { name: 'Delgado Dental', country: 'united kingdom' },
    calls: [{ method: 'POST', path: '/businesses/', version: V, body: { locationId: 'LOC123', name: 'Delgado Dental', country: 'GB' }, ...BIZ_REPLY }],
  },
  {
    name: 'a lower-case country code is sent upper-case',
    op: 'creates.createBusiness',
    input: { name: 'Delgado Dental', country: 'ca' },
    calls: [{ method: 'POST', path: '/businesses/', version: V, body: { locationId: 'LOC123', name: 'Delgado Dental', country: 'CA' }, ...BIZ_REPLY }],
  },
  {
    name: 'a country not in the list names the field, sends nothing',
    op: 'creates.createBusiness',
    input: { name: 'Delgado Dental', country: 'Narnia' },
    calls: [],
    error: /^"Country" \(country\) must be a country of the list: a two-letter code such as US, or its English name, got "Narnia"/,
  },
  { name: 'a contact\'s country not in the list, sends nothing', op: 'creates.createContact', input: { firstName: 'Rosa', country: 'ZZ' }, calls: [], error: /"Country" \(country\) must be a country of the list: a two-letter code such as US, or its English name, got "ZZ"/ },
  { name: 'a contact\'s time zone not in the list, sends nothing', op: 'creates.updateContact', input: { contactId: 'c1', timezone: 'Mars/Olympus' }, calls: [], error: /"Timezone" \(timezone\) must be a time zone name such as America\/Chicago or Europe\/Berlin \(one of the list\), got "Mars\/Olympus"/ },
  {
    name: 'a time zone link in any case is accepted and sent as the list spells it',
    op: 'triggers.getFreeSlots',
    input: { calendarId: 'cal1', startDate: '2025-03-20T00:00:00Z', endDate: '2025-03-21T00:00:00Z', timezone: 'us/central' },
    calls: [
      {
        method: 'GET', path: '/calendars/cal1/free-slots', version: C,
        query: { startDate: String(Date.UTC(2025, 2, 20)), endDate: String(Date.UTC(2025, 2, 21)), timezone: 'US/Central' },
        reply: { body: {} },
      },
    ],
  },
  { name: 'an appointment time zone not in the list, sends nothing', op: 'creates.createBlockSlot', input: { calendarId: 'cal1', startTime: '2025-03-20 15:00', endTime: '2025-03-20 16:00', timeZone: 'Central' }, calls: [], error: /"Time Zone" \(timeZone\) must be a time zone name such as America\/Chicago/ },
];

runTable('Static Time Zone and Country dropdowns', cases);
