import type { Search } from 'zapier-platform-core';
import getSnapshotPushStatus from './get-snapshot-push-status';

/** The Snapshots searches (agency connections). */
export const snapshots: Search[] = [getSnapshotPushStatus];
