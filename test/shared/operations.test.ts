import { sharedCases } from '../cases/shared';
import { runTable } from '../support/table';

runTable('Connection plumbing', sharedCases);
