import { extraTriggerCases } from '../cases/forms-payments-tasks';
import { runTable } from '../support/table';

runTable('Forms, payments and tasks triggers', extraTriggerCases);
