import { funnelCases } from '../cases/funnels';
import { runTable } from '../support/table';

runTable('Funnels & Websites operations', funnelCases);
