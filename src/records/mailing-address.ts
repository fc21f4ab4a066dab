import { t } from '../record-table';
import { oneLineAddress } from '../schemas';

/**
 * The mailing address columns of a record whose street comes as `address` (businesses,
 * locations): street, city, state, postal code, country, and the whole address on one line.
 */
export const mailingAddressFields = (fullLabel: string) => ({
  address: { label: 'Street Address', type: t.text, sample: '3535 1st St N' },
  city: { label: 'City', type: t.text, sample: 'Dolomite' },
  state: { label: 'State', type: t.text, sample: 'AL' },
  postalCode: { label: 'Postal Code', type: t.text, sample: '35061' },
  country: { label: 'Country', type: t.text, sample: 'US' },
  fullAddress: {
    label: fullLabel, type: t.text, from: [], sample: '3535 1st St N, Dolomite, AL 35061, US',
    derive: (r: Readonly<Record<string, unknown>>) => oneLineAddress({ street: r.address, city: r.city, state: r.state, postalCode: r.postalCode, country: r.country }),
  },
});
