import type { Create } from 'zapier-platform-core';
import addOpportunityFollowers from './add-followers';
import createOpportunity from './create-opportunity';
import deleteOpportunity from './delete-opportunity';
import removeOpportunityFollowers from './remove-followers';
import updateOpportunity from './update-opportunity';
import updateOpportunityStatus from './update-opportunity-status';
import upsertOpportunity from './upsert-opportunity';

/** The Opportunities creates (in the order the README table shows them). */
export const opportunities: Create[] = [
  createOpportunity,
  updateOpportunity,
  deleteOpportunity,
  updateOpportunityStatus,
  upsertOpportunity,
  addOpportunityFollowers,
  removeOpportunityFollowers,
];
