import { messagingCases } from '../cases/messaging';
import { runTable } from '../support/table';

runTable('Messaging, media library and email templates', messagingCases);
