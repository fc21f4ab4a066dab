import { locationId } from '../../src/client';
import { defineSearch } from '../../src/operation';
import { contactOutputs } from '../../src/records/contact';
import {
  duplicateContactEndpoint,
  duplicateInputs,
  duplicateQuery,
  duplicateRecord,
} from '../../triggers/contacts/get-duplicate-contact';

/** Get Duplicate Contact as a Zap step: the contact HighLevel would treat as a duplicate, if any. */
export default defineSearch({
  key: 'getDuplicateContact',
  noun: 'Contact',
  label: 'Get Duplicate Contact',
  description: 'Finds the contact that has the given email or phone (a duplicate check).',
  endpoint: duplicateContactEndpoint,
  inputs: duplicateInputs,
  request: (input, { bundle }) => duplicateQuery(input, locationId(bundle)),
  records: (body) => {
    const c = duplicateRecord(body);
    return c ? [c] : [];
  },
  ...contactOutputs,
});
