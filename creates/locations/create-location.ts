import { errors } from 'zapier-platform-core';
import { countryField, timeZoneField } from '../../src/choices';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { createdLocationAnswer, locationShape } from '../../src/records/location';

/**
 * Create Location: POST /locations/, served to agency tokens only (Agency-Access; the spec adds
 * "only available on Agency Pro"), so `connection: 'agency'`. `companyId` is the connection's
 * agency. The prospect (first name, last name, email) is all-or-nothing, as the spec requires all
 * three once it is sent. The country is one of the spec's codes (the Country dropdown, src/choices).
 */
export default defineAction({
  key: 'createLocation',
  noun: 'Location',
  label: 'Create Location',
  description: 'Creates a sub-account (location) in your agency, optionally from a snapshot. Needs an agency connection and the Agency Pro plan.',
  endpoint: endpoint('POST', '/locations/', '2021-07-28', ['locations.write']),
  connection: 'agency',
  inputs: {
    name: f.text({ label: 'Name', required: true, helpText: 'The business name of the new sub-account, e.g. "Delgado Dental".' }),
    phone: f.phone({ label: 'Phone', helpText: 'The business phone with country code, e.g. +15125550100.' }),
    address: f.text({ label: 'Street Address', helpText: 'Street and number of the new sub-account\'s business, e.g. 4501 Guadalupe St.' }),
    city: f.text({ label: 'City', helpText: 'City of the new sub-account\'s business address, e.g. Austin.' }),
    state: f.text({ label: 'State', helpText: 'The state or region the business is in.' }),
    postalCode: f.text({ label: 'Postal Code', helpText: 'The business postal or ZIP code.' }),
    country: countryField({ label: 'Country', helpText: 'The business country: pick one, or map a two-letter code such as US, CA or GB.' }),
    website: f.text({ label: 'Website', helpText: 'The business website, e.g. `https://delgadodental.example.com`.' }),
    timezone: timeZoneField({ label: 'Timezone', helpText: 'The business time zone: pick one, or map an IANA name such as America/Chicago (US/Central works too).' }),
    prospectFirstName: f.text({ label: 'Prospect First Name', helpText: 'First name of the prospect (the business contact); give all three prospect fields or none.' }),
    prospectLastName: f.text({ label: 'Prospect Last Name', helpText: 'Last name of the prospect; give all three prospect fields or none.' }),
    prospectEmail: f.email({ label: 'Prospect Email', helpText: 'Email of the prospect; give all three prospect fields or none.' }),
    snapshotId: f.id({
      label: 'Snapshot',
      dynamic: 'snapshotDropdown.id.name',
      helpText: 'A snapshot of your agency to load into the new sub-account. Pick one, or map a Snapshot ID.',
    }),
  },
  request: (input, { bundle }) => {
    const { prospectFirstName, prospectLastName, prospectEmail, ...rest } = input;
    const prospect = [
      ['prospectFirstName', 'Prospect First Name', prospectFirstName],
      ['prospectLastName', 'Prospect Last Name', prospectLastName],
      ['prospectEmail', 'Prospect Email', prospectEmail],
    ] as const;
    const missing = prospect.find(([, , v]) => v === undefined);
    if (missing && prospect.some(([, , v]) => v !== undefined)) throw invalidInput({ key: missing[0], label: missing[1] }, 'is required with the other prospect fields');
    const companyId = bundle.authData?.companyId;
    if (!companyId) throw new errors.Error('This agency connection has no company ID; reconnect HighLevel as an agency.', 'InvalidConnection', 400);
    return {
      body: {
        ...rest,
        companyId,
        ...(missing ? {} : { prospectInfo: { firstName: prospectFirstName, lastName: prospectLastName, email: prospectEmail } }),
      },
    };
  },
  output: createdLocationAnswer,
  ...locationShape,
});
