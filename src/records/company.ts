import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f } from '../fields';
import { defineRecord, t, type Output } from '../record-table';

/**
 * Companies (agencies): GET /companies/{companyId}, served to agency tokens only (Agency-Access),
 * so the operations declare `connection: 'agency'`. The company defaults to the connection's own.
 * A company has no update time, so watching it versions by a fingerprint of the flat output
 * (what a Zap sees), not of the raw record with its counters.
 */
export const getCompanyEndpoint = endpoint('GET', '/companies/{companyId}', '2021-07-28', ['companies.readonly']);

export const companyInputs = {
  companyId: f.id({ label: 'Company ID', helpText: 'The agency (company) to get. Leave empty for the agency of this connection.' }),
};

/** The company path: the input, else the connection's agency. */
export const companyPath = (input: { companyId?: string }, bundle: { authData?: { companyId?: string } }) => {
  const companyId = input.companyId ?? bundle.authData?.companyId;
  if (!companyId) throw invalidInput({ key: 'companyId', label: 'Company ID' }, 'is required: this connection has no company ID');
  return { path: { companyId } };
};

/** `plan` is a number or text in HighLevel's answers; output as text. */
export const companyTable = defineRecord(
  {
    id: { label: 'Company ID', type: t.text, sample: '5DP4iH6HLkQsiKESj6rh' },
    name: { label: 'Name', type: t.text, sample: 'Bright Smile Marketing' },
    email: { label: 'Email', type: t.text, sample: 'owner@brightsmile.example.com' },
    phone: { label: 'Phone', type: t.text, sample: '+12025550107' },
    website: { label: 'Website', type: t.text, sample: 'https://brightsmile.example.com' },
    domain: { label: 'Domain', type: t.text, sample: 'app.brightsmile.example.com' },
    subdomain: { label: 'Subdomain', type: t.text, sample: null },
    logoUrl: { label: 'Logo URL', type: t.text, sample: null },
    address: { label: 'Street Address', type: t.text, sample: '3500 Deer Creek Road' },
    city: { label: 'City', type: t.text, sample: 'Palo Alto' },
    state: { label: 'State', type: t.text, sample: 'CA' },
    postalCode: { label: 'Postal Code', type: t.text, sample: '94304' },
    country: { label: 'Country', type: t.text, sample: 'US' },
    timezone: { label: 'Timezone', type: t.text, sample: 'US/Pacific' },
    status: { label: 'Status', type: t.text, sample: 'active' },
    customerType: { label: 'Customer Type', type: t.text, sample: 'agency' },
    plan: { label: 'Plan', type: t.text, sample: '2' },
    locationCount: { label: 'Number of Locations', type: t.integer, sample: 12 },
    isReselling: { label: 'Reselling', type: t.boolean, sample: true },
    businessNiche: { label: 'Business Niche', type: t.text, sample: 'Dental Marketing' },
    businessCategory: { label: 'Business Category', type: t.text, sample: 'Marketing Agency' },
    currency: { label: 'Currency', type: t.text, sample: 'USD' },
  },
  { name: 'company' },
);
export type Company = Output<typeof companyTable.fields>;

export const companyRecord = companyTable.one('company');
export const companyOutputs = companyTable.outputs;
