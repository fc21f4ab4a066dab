import type { Ctx } from '../client';
import { countryField } from '../choices';
import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, isRecord, t, type Output } from '../record-table';
import { mailingAddressFields } from './mailing-address';

/**
 * Businesses (businesses.json): flat and labelled, with the mailing address on one line too.
 * Create and update answer `{ success, buiseness }` (HighLevel's spelling); `business` is read
 * as well, in case HighLevel corrects it.
 */
export const listBusinessesEndpoint = endpoint('GET', '/businesses/', '2021-07-28', ['businesses.readonly']);
export const getBusinessEndpoint = endpoint('GET', '/businesses/{businessId}', '2021-07-28', ['businesses.readonly']);

export const businessTable = defineRecord(
  {
    id: { label: 'Business ID', type: t.text, sample: '63771dcac1116f0e21de8e12' },
    name: { label: 'Business Name', type: t.text, sample: 'Delgado Dental' },
    phone: { label: 'Phone', type: t.text, sample: '+15125550100' },
    email: { label: 'Email', type: t.text, sample: 'office@delgadodental.example.com' },
    website: { label: 'Website', type: t.text, sample: 'https://delgadodental.example.com' },
    ...mailingAddressFields('Full Mailing Address'),
    description: { label: 'Description', type: t.text, sample: 'Family dental practice' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-15T09:30:00.000Z' },
  },
  { name: 'business' },
);
export type Business = Output<typeof businessTable.fields>;

export const businessList = businessTable.list('businesses');
export const businessRecord = businessTable.one('business');
export const businessOutputs = businessTable.outputs;
export const businessShape = businessTable.shape;

const written = { buiseness: businessTable.answer('buiseness', 'the business write'), business: businessTable.answer('business', 'the business write') };
/** The answer of create and update: `{ success, buiseness }` (sic), or `business`. */
export const businessAnswer = (body: unknown, ctx: Ctx) =>
  (isRecord(body) && !isRecord(body.buiseness) && isRecord(body.business) ? written.business : written.buiseness)(body, ctx);

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
  country: countryField({ label: 'Country', helpText: 'The country of the business address: pick one, or map a two-letter code such as US.' }),
  description: f.longText({ label: 'Description', helpText: 'A short text about the business, e.g. what it does or its opening hours.' }),
});
