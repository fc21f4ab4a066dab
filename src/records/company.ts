import type { PlainOutputField } from 'zapier-platform-core';
import { z } from 'zod';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f } from '../fields';
import { each, type Flat } from '../operation';
import { oneOf, parseResponse } from '../schemas';

/**
 * Companies (agencies): GET /companies/{companyId}, served to agency tokens only (Agency-Access),
 * so the operations declare `connection: 'agency'`. The company defaults to the connection's own.
 * A company has no update time, so watching it versions by a fingerprint of the flat output
 * (what a Zap sees), not of the raw record with its counters.
 */
export const getCompanyEndpoint = endpoint('GET', '/companies/{companyId}', '2021-07-28', ['companies.readonly']);

const text = z.string().nullish();
export const Company = z.looseObject({
  id: z.string(),
  name: text,
  email: text,
  phone: text,
  website: text,
  domain: text,
  subdomain: text,
  logoUrl: text,
  address: text,
  city: text,
  state: text,
  postalCode: text,
  country: text,
  timezone: text,
  status: text,
  customerType: text,
  currency: text,
  plan: z.union([z.number(), z.string()]).nullish(),
  locationCount: z.number().nullish(),
  isReselling: z.boolean().nullish(),
  businessNiche: text,
  businessCategory: text,
});
export type Company = z.infer<typeof Company>;

export const companyInputs = {
  companyId: f.id({ label: 'Company ID', helpText: 'The agency (company) to get. Leave empty for the agency of this connection.' }),
};

/** The company path: the input, else the connection's agency. */
export const companyPath = (input: { companyId?: string }, bundle: { authData?: { companyId?: string } }) => {
  const companyId = input.companyId ?? bundle.authData?.companyId;
  if (!companyId) throw invalidInput({ key: 'companyId', label: 'Company ID' }, 'is required: this connection has no company ID');
  return { path: { companyId } };
};

export const flattenCompany = (c: Company): Flat => ({
  id: c.id,
  name: c.name ?? null,
  email: c.email ?? null,
  phone: c.phone ?? null,
  website: c.website ?? null,
  domain: c.domain ?? null,
  subdomain: c.subdomain ?? null,
  logoUrl: c.logoUrl ?? null,
  address: c.address ?? null,
  city: c.city ?? null,
  state: c.state ?? null,
  postalCode: c.postalCode ?? null,
  country: c.country ?? null,
  timezone: c.timezone ?? null,
  status: c.status ?? null,
  customerType: c.customerType ?? null,
  plan: c.plan === null || c.plan === undefined ? null : String(c.plan),
  locationCount: c.locationCount ?? null,
  isReselling: c.isReselling ?? null,
  businessNiche: c.businessNiche ?? null,
  businessCategory: c.businessCategory ?? null,
  currency: c.currency ?? null,
});

export const companyRecord = (body: unknown): Company => parseResponse(oneOf('company', Company), body, 'the company request');

export const companyOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Company ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'website', label: 'Website' },
  { key: 'domain', label: 'Domain' },
  { key: 'subdomain', label: 'Subdomain' },
  { key: 'logoUrl', label: 'Logo URL' },
  { key: 'address', label: 'Street Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'status', label: 'Status' },
  { key: 'customerType', label: 'Customer Type' },
  { key: 'plan', label: 'Plan' },
  { key: 'locationCount', label: 'Number of Locations', type: 'integer' },
  { key: 'isReselling', label: 'Reselling', type: 'boolean' },
  { key: 'businessNiche', label: 'Business Niche' },
  { key: 'businessCategory', label: 'Business Category' },
  { key: 'currency', label: 'Currency' },
];

export const companySample: Flat = {
  id: '5DP4iH6HLkQsiKESj6rh',
  name: 'Bright Smile Marketing',
  email: 'owner@brightsmile.example.com',
  phone: '+12025550107',
  website: 'https://brightsmile.example.com',
  domain: 'app.brightsmile.example.com',
  subdomain: null,
  logoUrl: null,
  address: '3500 Deer Creek Road',
  city: 'Palo Alto',
  state: 'CA',
  postalCode: '94304',
  country: 'US',
  timezone: 'US/Pacific',
  status: 'active',
  customerType: 'agency',
  plan: '2',
  locationCount: 12,
  isReselling: true,
  businessNiche: 'Dental Marketing',
  businessCategory: 'Marketing Agency',
  currency: 'USD',
};

export const companyOutputs = { output: each(flattenCompany), sample: companySample, outputFields: companyOutputFields };
