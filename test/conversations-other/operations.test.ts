import { conversationAndOtherCases } from '../cases/conversations-other';
import { runTable } from '../support/table';

runTable('Conversations & Messages and Other Operations', conversationAndOtherCases);
