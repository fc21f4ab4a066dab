import { z } from 'zod';
import type { FieldChoices } from 'zapier-platform-core';
import { REQUIRED, spec, type Base, type FieldSpec } from '../fields';
import { COUNTRY_CODES } from './country-codes';
import { COUNTRY_NAMES } from './country-list';
import { TIME_ZONE_LINKS, TIME_ZONES } from './time-zone-list';

/**
 * Static dropdowns: lists shipped with the app (src/choices/*-list.ts, generated offline by
 * scripts/gen-choices.ts), so a Time Zone or Country field offers its choices without a request.
 * A mapped value is accepted when it is in the list, whatever its case (and for countries, by its
 * English name too), and is sent as the list spells it; anything else stops the step naming the field.
 */
interface StaticList {
  /** Compact forms (the choices are repeated in the definition for every field using them). */
  choices: FieldChoices;
  /** Lower-cased accepted spellings -> the value sent. */
  accepted: ReadonlyMap<string, string>;
  expected: string;
}

/** A list is built once, when the first field using it is declared, and shared by all of them. */
const once = (make: () => StaticList): (() => StaticList) => {
  let built: StaticList | undefined;
  return () => (built ??= make());
};

function listField(get: () => StaticList, o: Base & { required?: boolean }): FieldSpec<string | undefined> {
  return spec(
    o,
    { type: 'string', choices: get().choices },
    () =>
      z.preprocess(
        (v) => (typeof v === 'number' ? String(v) : v),
        z.string({ error: (iss) => (iss.input === undefined ? REQUIRED : get().expected) }).transform((s, c) => {
          const value = get().accepted.get(s.toLowerCase());
          if (value === undefined) {
            c.addIssue({ code: 'custom', message: `${get().expected}, got "${s}"` });
            return z.NEVER;
          }
          return value;
        }),
      ),
  );
}

const timeZones = once(() => ({
  choices: [...TIME_ZONES],
  accepted: new Map([...TIME_ZONES, ...TIME_ZONE_LINKS].map((tz) => [tz.toLowerCase(), tz])),
  expected: 'must be a time zone name such as America/Chicago or Europe/Berlin (one of the list)',
}));

/** Common names HighLevel users map that are not the English names of the list. */
const COUNTRY_ALIASES: Record<string, string> = { usa: 'US', 'united states of america': 'US', uk: 'GB', 'great britain': 'GB' };

const countries = once(() => ({
  choices: Object.fromEntries(Object.entries(COUNTRY_NAMES).map(([code, name]) => [code, `${name} (${code})`])),
  accepted: new Map([
    ...[...COUNTRY_CODES].map((c) => [c.toLowerCase(), c] as const),
    ...Object.entries(COUNTRY_NAMES).map(([c, n]) => [n.toLowerCase(), c] as const),
    ...Object.entries(COUNTRY_ALIASES),
  ]),
  expected: 'must be a country of the list: a two-letter code such as US, or its English name',
}));

export function timeZoneField(o: Base & { required: true }): FieldSpec<string>;
export function timeZoneField(o: Base & { required?: false }): FieldSpec<string | undefined>;
/** A Time Zone input: a dropdown of the IANA zones (links such as US/Central accepted too). */
export function timeZoneField(o: Base & { required?: boolean }): FieldSpec<string | undefined> {
  return listField(timeZones, { placeholder: 'America/Chicago', ...o });
}

export function countryField(o: Base & { required: true }): FieldSpec<string>;
export function countryField(o: Base & { required?: false }): FieldSpec<string | undefined>;
/** A Country input: a dropdown of the countries HighLevel knows, sent as the two-letter code. */
export function countryField(o: Base & { required?: boolean }): FieldSpec<string | undefined> {
  return listField(countries, o);
}
