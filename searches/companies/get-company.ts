import { defineSearch } from '../../src/operation';
import { companyInputs, companyOutputs, companyPath, companyRecord, getCompanyEndpoint } from '../../src/records/company';

/** Get Company as a Zap step; agency connections only (Agency-Access). */
export default defineSearch({
  key: 'getCompany',
  noun: 'Company',
  label: 'Get Company',
  description: 'Finds the agency (company), with its name, contact details, address, plan and number of locations. Needs an agency connection.',
  endpoint: getCompanyEndpoint,
  connection: 'agency',
  inputs: companyInputs,
  request: (input, { bundle }) => companyPath(input, bundle),
  records: (body) => [companyRecord(body)],
  ...companyOutputs,
});
