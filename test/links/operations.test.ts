import { triggerLinkCases } from '../cases/trigger-links';
import { urlRedirectCases } from '../cases/url-redirects';
import { runTable } from '../support/table';

runTable('Trigger Links operations', triggerLinkCases);
runTable('URL Redirects operations', urlRedirectCases);
