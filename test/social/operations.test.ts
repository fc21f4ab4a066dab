import { socialCases } from '../cases/social';
import { runTable } from '../support/table';

runTable('Social Planner', socialCases);
