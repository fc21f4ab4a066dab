import { apiRequestCases } from '../cases/api-request';
import { runTable } from '../support/table';

runTable('API Request', apiRequestCases);
