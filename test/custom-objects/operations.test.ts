import { customObjectCases } from '../cases/custom-objects';
import { runTable } from '../support/table';

runTable('Custom object operations', customObjectCases);
