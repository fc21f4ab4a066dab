import { triggerLinkCases } from '../cases/trigger-links';
import { runTable } from '../support/table';

runTable('Trigger Links operations', triggerLinkCases);
