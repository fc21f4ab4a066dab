import type { Trigger } from 'zapier-platform-core';
import listCampaigns from './list-campaigns';
import listSnapshots from './list-snapshots';
import listWorkflows from './list-workflows';

/** The Workflows & Campaigns triggers (in the order the README table shows them). */
export const workflows: Trigger[] = [listWorkflows, listSnapshots, listCampaigns];
