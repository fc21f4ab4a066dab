import type { Trigger } from 'zapier-platform-core';
import snapshotDropdown from '../dropdowns/snapshots';
import subAccountDropdown from '../dropdowns/sub-accounts';
import listLocations from './list-locations';

/** The Locations triggers (in the order the README table shows them), then their hidden dropdown sources. */
export const locations: Trigger[] = [listLocations, subAccountDropdown, snapshotDropdown];
