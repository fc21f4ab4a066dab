import { businessField } from '../../src/common-fields';
import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { businessOutputs, businessRecord, getBusinessEndpoint } from '../../src/records/business';

/** Get Business: watches one business; fires when first seen and again whenever it changes (updatedAt). */
export default defineRecordTrigger({
  key: 'getBusiness',
  noun: 'Business',
  label: 'Get Business',
  description: 'Triggers when the business you choose is first seen and again whenever it changes.',
  endpoint: getBusinessEndpoint,
  inputs: { businessId: businessField() },
  record: businessRecord,
  ...businessOutputs,
  recordIdKey: 'businessId',
  recordIdLabel: 'Business ID',
  version: (b) => b.updatedAt ?? fingerprint(b),
});
