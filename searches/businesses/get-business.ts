import { businessField } from '../../src/common-fields';
import { defineSearch } from '../../src/operation';
import { businessOutputs, businessRecord, getBusinessEndpoint } from '../../src/records/business';

/** Get Business as a Zap step: the business by ID, or no result when there is none. */
export default defineSearch({
  key: 'getBusiness',
  noun: 'Business',
  label: 'Get Business',
  description: 'Finds a business by ID, with its name, address, phone, email, website and description.',
  endpoint: getBusinessEndpoint,
  inputs: { businessId: businessField() },
  records: (body) => [businessRecord(body)],
  ...businessOutputs,
});
