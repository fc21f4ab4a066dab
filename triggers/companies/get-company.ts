import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { companyInputs, companyOutputs, companyPath, companyRecord, getCompanyEndpoint } from '../../src/records/company';

/** Get Company: watches the agency; agency connections only (Agency-Access). See src/records/company.ts. */
export default defineRecordTrigger({
  key: 'getCompany',
  noun: 'Company',
  label: 'Get Company',
  description: 'Triggers when the agency (company) is first seen and again whenever its details change. Needs an agency connection.',
  endpoint: getCompanyEndpoint,
  connection: 'agency',
  inputs: companyInputs,
  request: (input, { bundle }) => companyPath(input, bundle),
  record: companyRecord,
  ...companyOutputs,
  recordIdKey: 'companyId',
  recordIdLabel: 'Company ID',
  version: fingerprint,
});
