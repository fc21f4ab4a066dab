import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t, type Output } from '../record-table';
import { mailingAddressFields } from './mailing-address';

/**
 * Locations (sub-accounts): endpoints and the record table.
 * GET /locations/search is the only listing; with a location token HighLevel shows the connected
 * location only, with an agency token the agency's locations (companyId from the connection).
 */
export const searchLocationsEndpoint = endpoint('GET', '/locations/search', '2021-07-28', ['locations.readonly']);

export const locationField = (helpText: string) => f.id({ label: 'Location', dynamic: 'subAccountDropdown.id.name', helpText });

export const locationTable = defineRecord(
  {
    id: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    name: { label: 'Name', type: t.text, sample: 'Delgado Dental' },
    companyId: { label: 'Company (Agency) ID', type: t.text, sample: '5DP4iH6HLkQsiKESj6rh' },
    email: { label: 'Email', type: t.text, sample: 'office@delgadodental.example.com' },
    phone: { label: 'Phone', type: t.text, sample: '+15125550100' },
    ...mailingAddressFields('Full Address'),
    website: { label: 'Website', type: t.text, sample: 'https://delgadodental.example.com' },
    timezone: { label: 'Timezone', type: t.text, sample: 'America/Chicago' },
    domain: { label: 'Domain', type: t.text, sample: 'app.delgadodental.example.com' },
    logoUrl: { label: 'Logo URL', type: t.text, sample: null },
    firstName: { label: 'Contact First Name', type: t.text, sample: 'Rosa' },
    lastName: { label: 'Contact Last Name', type: t.text, sample: 'Delgado' },
  },
  { name: 'location' },
);
export type Location = Output<typeof locationTable.fields>;

export const locationList = locationTable.list('locations', 'the location search');
export const locationRecord = locationTable.one('location');
/** The connection test's read of the connected location (its name labels the connection). */
export const connectedLocation = locationTable.one('location', 'the location request');
/** Create Location answers with the location itself (no envelope). */
export const createdLocationAnswer = locationTable.answer('', 'the new location');
export const locationOutputs = locationTable.outputs;
export const locationShape = locationTable.shape;

/** The spec's country codes for a new location (src/choices/country-codes.ts, one list for the app). */
export { COUNTRY_CODES } from '../choices/country-codes';
