import { proposalCases } from '../cases/proposals';
import { runTable } from '../support/table';

runTable('Documents & Contracts operations', proposalCases);
