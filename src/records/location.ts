import type { PlainOutputField } from 'zapier-platform-core';
import { z } from 'zod';
import { endpoint } from '../endpoint';
import { f } from '../fields';
import { each, type Flat } from '../operation';
import { Location as BaseLocation, oneLineAddress, oneOf, parseResponse } from '../schemas';

/**
 * Locations (sub-accounts): endpoints, shape, flattener, sample and labelled outputs.
 * GET /locations/search is the only listing; with a location token HighLevel shows the connected
 * location only, with an agency token the agency's locations (companyId from the connection).
 */
export const searchLocationsEndpoint = endpoint('GET', '/locations/search', '2021-07-28', ['locations.readonly']);

export const Location = BaseLocation.extend({
  domain: z.string().nullish(),
  logoUrl: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
});
export type Location = z.infer<typeof Location>;

export const locationField = (helpText: string) => f.id({ label: 'Location', dynamic: 'subAccountDropdown.id.name', helpText });

export function flattenLocation(l: Location): Flat {
  return {
    id: l.id,
    name: l.name ?? null,
    companyId: l.companyId ?? null,
    email: l.email ?? null,
    phone: l.phone ?? null,
    address: l.address ?? null,
    city: l.city ?? null,
    state: l.state ?? null,
    postalCode: l.postalCode ?? null,
    country: l.country ?? null,
    fullAddress: oneLineAddress({ street: l.address, city: l.city, state: l.state, postalCode: l.postalCode, country: l.country }),
    website: l.website ?? null,
    timezone: l.timezone ?? null,
    domain: l.domain ?? null,
    logoUrl: l.logoUrl ?? null,
    firstName: l.firstName ?? null,
    lastName: l.lastName ?? null,
  };
}

export const locationList = (body: unknown): Location[] =>
  parseResponse(z.object({ locations: z.array(Location).nullish() }), body, 'the location search').locations ?? [];
export const locationRecord = (body: unknown): Location => parseResponse(oneOf('location', Location), body, 'the location request');
/** Create Location answers with the location itself (no envelope). */
export const createdLocation = (body: unknown): Location => parseResponse(Location, body, 'the new location');

export const locationOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Location ID' },
  { key: 'name', label: 'Name' },
  { key: 'companyId', label: 'Company (Agency) ID' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'address', label: 'Street Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'fullAddress', label: 'Full Address' },
  { key: 'website', label: 'Website' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'domain', label: 'Domain' },
  { key: 'logoUrl', label: 'Logo URL' },
  { key: 'firstName', label: 'Contact First Name' },
  { key: 'lastName', label: 'Contact Last Name' },
];

export const locationSample: Flat = {
  id: 've9EPM428h8vShlRW1KT',
  name: 'Delgado Dental',
  companyId: '5DP4iH6HLkQsiKESj6rh',
  email: 'office@delgadodental.example.com',
  phone: '+15125550100',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  fullAddress: '3535 1st St N, Dolomite, AL 35061, US',
  website: 'https://delgadodental.example.com',
  timezone: 'America/Chicago',
  domain: 'app.delgadodental.example.com',
  logoUrl: null,
  firstName: 'Rosa',
  lastName: 'Delgado',
};

export const locationOutputs = { output: each(flattenLocation), sample: locationSample, outputFields: locationOutputFields };

/** The spec's country codes for a new location (src/choices/country-codes.ts, one list for the app). */
export { COUNTRY_CODES } from '../choices/country-codes';
