import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import { endpoint } from '../endpoint';
import { f } from '../fields';
import { each, type Flat } from '../operation';
import { listOf, oneLineAddress, oneOf, parseResponse } from '../schemas';

/**
 * Businesses (businesses.json): flat and labelled, with the mailing address on one line too.
 * Create and update answer `{ success, buiseness }` (HighLevel's spelling); `business` is read
 * as well, in case HighLevel corrects it.
 */
export const listBusinessesEndpoint = endpoint('GET', '/businesses/', '2021-07-28', ['businesses.readonly']);
export const getBusinessEndpoint = endpoint('GET', '/businesses/{businessId}', '2021-07-28', ['businesses.readonly']);

const str = z.string().nullish();

export const Business = z.looseObject({
  id: z.string(),
  name: str,
  phone: str,
  email: str,
  website: str,
  address: str,
  city: str,
  state: str,
  postalCode: str,
  country: str,
  description: str,
  locationId: str,
  createdAt: str,
  updatedAt: str,
});
export type Business = z.infer<typeof Business>;

export const flattenBusiness = (b: Business): Flat => {
  return {
    id: b.id,
    name: b.name ?? null,
    phone: b.phone ?? null,
    email: b.email ?? null,
    website: b.website ?? null,
    address: b.address ?? null,
    city: b.city ?? null,
    state: b.state ?? null,
    postalCode: b.postalCode ?? null,
    country: b.country ?? null,
    fullAddress: oneLineAddress({ street: b.address, city: b.city, state: b.state, postalCode: b.postalCode, country: b.country }),
    description: b.description ?? null,
    locationId: b.locationId ?? null,
    createdAt: b.createdAt ?? null,
    updatedAt: b.updatedAt ?? null,
  };
};

export const businessesOutput = each(flattenBusiness);
export const businessList = (body: unknown): Business[] => parseResponse(listOf('businesses', Business), body, 'the business list');
export const businessRecord = (body: unknown): Business => parseResponse(oneOf('business', Business), body, 'the business request');
/** The answer of create and update: `{ success, buiseness }` (sic). */
const WriteAnswer = z
  .looseObject({ buiseness: Business.nullish(), business: Business.nullish() })
  .refine((o) => Boolean(o.buiseness ?? o.business), { error: 'no business in the answer', path: ['buiseness'] });
export const writtenBusiness = (body: unknown): Business => {
  const r = parseResponse(WriteAnswer, body, 'the business write');
  return (r.buiseness ?? r.business) as Business;
};

export const businessOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Business ID' },
  { key: 'name', label: 'Business Name' },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'Email' },
  { key: 'website', label: 'Website' },
  { key: 'address', label: 'Street Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'fullAddress', label: 'Full Mailing Address' },
  { key: 'description', label: 'Description' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

export const businessSample: Flat = {
  id: '63771dcac1116f0e21de8e12',
  name: 'Delgado Dental',
  phone: '+15125550100',
  email: 'office@delgadodental.example.com',
  website: 'https://delgadodental.example.com',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  fullAddress: '3535 1st St N, Dolomite, AL 35061, US',
  description: 'Family dental practice',
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2025-03-14T15:04:05.000Z',
  updatedAt: '2025-03-15T09:30:00.000Z',
};

export const businessOutputs = { output: businessesOutput, sample: businessSample, outputFields: businessOutputFields };

/** The business's own fields, all optional (Update; Create makes the name required). */
export const businessInputs = () => ({
  name: f.text({ label: 'Business Name', helpText: 'The business\'s name, e.g. Delgado Dental.' }),
  phone: f.phone({ label: 'Phone', helpText: 'Phone number with country code, e.g. +1 512 555 0100.' }),
  email: f.email({ label: 'Email', helpText: 'The business\'s email address.' }),
  website: f.text({ label: 'Website', helpText: 'The business\'s website, e.g. `https://example.com`.' }),
  address: f.text({ label: 'Street Address', helpText: 'Street and number of the business address.' }),
  city: f.text({ label: 'City', helpText: 'City of the business address.' }),
  state: f.text({ label: 'State', helpText: 'State or region, e.g. AL.' }),
  postalCode: f.text({ label: 'Postal Code', helpText: 'ZIP or postal code of the address, e.g. 78701.' }),
  country: f.text({ label: 'Country', helpText: 'Country, e.g. US.' }),
  description: f.longText({ label: 'Description', helpText: 'A short text about the business, e.g. what it does or its opening hours.' }),
});
