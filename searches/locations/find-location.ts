import { isAgency, locationId } from '../../src/client';
import { invalidInput } from '../../src/errors';
import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { locationField, locationOutputs, locationRecord } from '../../src/records/location';

/**
 * Find Location by ID: the catalog calls it an action; it only looks a location up, so it is a
 * search (404 = no result). Without a Location input it returns the connected location. HighLevel
 * serves it to either token (operations.json tokenType), so an agency connection calls it with
 * its own token and must name the location.
 */
export default defineSearch({
  key: 'findLocation',
  noun: 'Location',
  label: 'Find Location By ID',
  description: 'Finds a sub-account (location) by ID, with its name, address, phone, email, website and timezone (the connected one by default).',
  endpoint: endpoint('GET', '/locations/{locationId}', '2021-07-28', ['locations.readonly']),
  inputs: {
    locationId: locationField('The location (sub-account) to get. Leave empty for the connected location.'),
  },
  connection: 'either',
  request: (input, { bundle }) => {
    if (!input.locationId && isAgency(bundle)) throw invalidInput({ key: 'locationId', label: 'Location' }, 'is required on an agency connection');
    return { path: { locationId: input.locationId ?? locationId(bundle) } };
  },
  records: (body) => [locationRecord(body)],
  ...locationOutputs,
});
