import { snapshotCases } from '../cases/snapshots';
import { runTable } from '../support/table';

runTable('Snapshots operations', snapshotCases);
