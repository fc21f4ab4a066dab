import type { Create } from 'zapier-platform-core';
import sendDocument from './send-document';
import sendDocumentFromTemplate from './send-document-from-template';

/** The Documents & Contracts creates (in the order the README table shows them). */
export const proposals: Create[] = [sendDocumentFromTemplate, sendDocument];
