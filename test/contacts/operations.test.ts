import { contactCases } from '../cases/contacts';
import { runTable } from '../support/table';

runTable('Contacts operations', contactCases);
