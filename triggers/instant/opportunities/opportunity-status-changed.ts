import { Opportunity, opportunityOutputs, statusField } from '../../../src/records/opportunity';
import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { parseResponse } from '../../../src/schemas';

/** Opportunity Status Changed (Instant): HighLevel's OpportunityStatusUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'opportunityStatusChangedInstant',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed (Instant)',
  description: 'Triggers when an opportunity is marked open, won, lost or abandoned (optionally only one status).',
  eventTypes: ['OpportunityStatusUpdate'],
  inputs: { status: statusField('Only when the opportunity gets this status. Leave empty for any status.') },
  filters: (i) => ({ status: i.status }),
  ...withContactOutputs(opportunityOutputs),
  records: eventRecords((raw, _w, what) => parseResponse(Opportunity, raw, what)),
});
