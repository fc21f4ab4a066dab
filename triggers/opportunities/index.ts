import type { Trigger } from 'zapier-platform-core';
import lostReasonDropdown from '../dropdowns/lost-reasons';
import opportunityDropdown from '../dropdowns/opportunities';
import pipelineStageDropdown from '../dropdowns/pipeline-stages';
import pipelineDropdown from '../dropdowns/pipelines';
import getOpportunity from './get-opportunity';
import listPipelines from './list-pipelines';
import newOpportunity from './new-opportunity';
import opportunityStageChanged from './opportunity-stage-changed';
import opportunityStatusChanged from './opportunity-status-changed';
import searchOpportunities from './search-opportunities';

/** The Opportunities triggers (in the order the README table shows them), then their hidden dropdown sources. */
export const opportunities: Trigger[] = [
  newOpportunity,
  opportunityStageChanged,
  opportunityStatusChanged,
  searchOpportunities,
  getOpportunity,
  listPipelines,
  pipelineDropdown,
  pipelineStageDropdown,
  opportunityDropdown,
  lostReasonDropdown,
];
