import type { Create } from 'zapier-platform-core';
import createSnapshotShareLink from './create-snapshot-share-link';

/** The Snapshots creates (agency connections). */
export const snapshots: Create[] = [createSnapshotShareLink];
