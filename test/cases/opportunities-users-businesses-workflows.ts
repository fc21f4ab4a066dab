import type { Case } from '../support/table';
import { userNamesCall } from './fixtures';

/** Opportunities, Users, Businesses, Workflows & Campaigns: exact requests and outputs. */
const V = '2021-07-28' as const;
const SEARCH = { method: 'GET', path: '/opportunities/search', version: V } as const;
const newest = { location_id: 'LOC123', order: 'added_desc' };
/** POST /opportunities/search, most recently changed first (src/polling/opportunities.ts). */
const changedSearch = (sort: string, filters: { field: string; operator: 'eq'; value: string }[], opportunities: unknown[]) => ({
  method: 'POST', path: '/opportunities/search', version: V,
  body: {
    locationId: 'LOC123', query: '', limit: 100, page: 1, searchAfter: [], filters, sort: [{ field: sort, direction: 'desc' }],
    additionalDetails: { notes: false, tasks: false, calendarEvents: false, unReadConversations: false },
  },
  reply: { body: { opportunities, total: opportunities.length } },
}) as const;

/* ---------------------------------------- fixtures ---------------------------------------- */

const PIPELINES = {
  pipelines: [
    {
      id: 'P1',
      name: 'Direct Mail Sales',
      // out of board order on purpose: the app orders stages by position
      stages: [{ id: 'S2', name: 'Postcard Sent', position: 1 }, { id: 'S1', name: 'New Lead', position: 0 }],
      showInFunnel: true,
      showInPieChart: false,
      locationId: 'LOC123',
    },
  ],
};
const PIPELINES_CALL = { method: 'GET', path: '/opportunities/pipelines', version: V, query: { locationId: 'LOC123' }, reply: { body: PIPELINES } } as const;
const USERS_CALL = userNamesCall(['U1']);
const WEB = 'https://app.gohighlevel.com/v2/location/LOC123/opportunities/list';
const OPP_CF_CALL = {
  method: 'GET', path: '/locations/LOC123/customFields', version: V, query: { model: 'opportunity' },
  reply: { body: { customFields: [{ id: 'ocfBudget', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' }] } },
} as const;

const RAW_OPP = {
  id: 'o1', name: 'Spring run', monetaryValue: 1250, pipelineId: 'P1', pipelineStageId: 'S2', assignedTo: 'U1', status: 'open', source: 'web form',
  lastStatusChangeAt: '2025-03-14T15:00:00.000Z', lastStageChangeAt: '2025-03-15T09:30:00.000Z', lastActionDate: '2025-03-15T09:30:00.000Z',
  createdAt: '2025-03-14T15:00:00.000Z', updatedAt: '2025-03-15T09:30:00.000Z', contactId: 'c1', locationId: 'LOC123',
  contact: { id: 'c1', name: 'Rosa Delgado', companyName: 'Delgado Dental', email: 'rosa@example.com', phone: '+15125550143', tags: ['vip'] },
  followers: ['U1'], customFields: [{ id: 'ocfBudget', fieldValue: 5000 }],
};
const FLAT_OPP = {
  id: 'o1', name: 'Spring run', status: 'open', monetaryValue: 1250, pipelineId: 'P1', pipelineName: 'Direct Mail Sales', pipelineStageId: 'S2', stageName: 'Postcard Sent',
  contactId: 'c1', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com', contactPhone: '+15125550143', contactCompanyName: 'Delgado Dental', contactTags: ['vip'],
  assignedTo: 'U1', assignedUserName: 'Sam Lee', source: 'web form', lostReasonId: null, lostReasonName: null, followers: ['U1'], lastStatusChangeAt: '2025-03-14T15:00:00.000Z', lastStageChangeAt: '2025-03-15T09:30:00.000Z',
  lastActionDate: '2025-03-15T09:30:00.000Z', createdAt: '2025-03-14T15:00:00.000Z', updatedAt: '2025-03-15T09:30:00.000Z', locationId: 'LOC123',
  webUrl: `${WEB}/o1?tab=OpportunityDetails`, custom_budget: 5000,
};
/** No custom values (no definitions needed), a value sent as text, no stage-change time yet. */
const RAW_OPP2 = {
  id: 'o2', name: 'Roof repair', monetaryValue: '300', pipelineId: 'P1', pipelineStageId: 'S1', status: 'won', contactId: 'c2',
  createdAt: '2025-03-16T10:00:00.000Z', updatedAt: '2025-03-16T12:00:00.000Z', lastStatusChangeAt: '2025-03-16T12:00:00.000Z',
};
const FLAT_OPP2 = {
  id: 'o2', name: 'Roof repair', status: 'won', monetaryValue: 300, pipelineId: 'P1', pipelineName: 'Direct Mail Sales', pipelineStageId: 'S1', stageName: 'New Lead',
  contactId: 'c2', contactName: null, contactEmail: null, contactPhone: null, contactCompanyName: null, contactTags: [],
  assignedTo: null, assignedUserName: null, source: null, lostReasonId: null, lostReasonName: null, followers: [], lastStatusChangeAt: '2025-03-16T12:00:00.000Z', lastStageChangeAt: null,
  lastActionDate: null, createdAt: '2025-03-16T10:00:00.000Z', updatedAt: '2025-03-16T12:00:00.000Z', locationId: null, webUrl: null,
};

const RAW_USER = {
  id: 'U1', name: 'Sam Lee', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com', phone: '+15125550188', extension: '',
  permissions: { contactsEnabled: true }, roles: { type: 'account', role: 'user', locationIds: ['LOC123'] }, deleted: false,
};
const FLAT_USER = {
  id: 'U1', name: 'Sam Lee', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com', phone: '+15125550188', extension: null,
  type: 'account', role: 'user', locationIds: ['LOC123'], deleted: false, platformLanguage: null,
};

const RAW_BIZ = {
  id: 'B1', name: 'Delgado Dental', phone: '+15125550100', email: 'office@delgado.example.com', website: 'delgado.example.com', address: '3535 1st St N',
  city: 'Dolomite', state: 'AL', postalCode: '35061', country: 'US', description: 'Dental practice', locationId: 'LOC123',
  createdBy: {}, updatedBy: {}, createdAt: '2025-03-14T15:04:05.000Z', updatedAt: '2025-03-15T09:30:00.000Z',
};
const FLAT_BIZ = {
  id: 'B1', name: 'Delgado Dental', phone: '+15125550100', email: 'office@delgado.example.com', website: 'delgado.example.com', address: '3535 1st St N',
  city: 'Dolomite', state: 'AL', postalCode: '35061', country: 'US', fullAddress: '3535 1st St N, Dolomite, AL 35061, US', description: 'Dental practice',
  locationId: 'LOC123', createdAt: '2025-03-14T15:04:05.000Z', updatedAt: '2025-03-15T09:30:00.000Z',
};
const RAW_BIZ2 = { id: 'B2', name: 'Ruiz Roofing', locationId: 'LOC123', createdAt: '2025-03-16T10:00:00.000Z' };
const FLAT_BIZ2 = {
  id: 'B2', name: 'Ruiz Roofing', phone: null, email: null, website: null, address: null, city: null, state: null, postalCode: null, country: null,
  fullAddress: null, description: null, locationId: 'LOC123', createdAt: '2025-03-16T10:00:00.000Z', updatedAt: null,
};

const AGENCY_ONLY = /works only on an agency \(company\) connection; this connection is to a sub-account/;

/* ----------------------------------------- cases ------------------------------------------ */

const opportunityCases: Case[] = [
  {
    name: 'newest first in the pipeline, any status; pipeline and stage named, custom fields by name',
    op: 'triggers.newOpportunity',
    input: { pipelineId: 'P1' },
    calls: [
      { ...SEARCH, query: { ...newest, pipeline_id: 'P1', status: 'all', limit: '100' }, reply: { body: { opportunities: [RAW_OPP, RAW_OPP2], meta: { total: 2 } } } },
      OPP_CF_CALL,
      PIPELINES_CALL,
      USERS_CALL,
    ],
    output: [FLAT_OPP, FLAT_OPP2],
  },
  {
    name: 'stage filter; an idle poll is one request; sample loading asks for 3',
    op: 'triggers.newOpportunity',
    input: { pipelineId: 'P1', pipelineStageId: 'S2' },
    meta: { isLoadingSample: true },
    calls: [{ ...SEARCH, query: { ...newest, pipeline_id: 'P1', pipeline_stage_id: 'S2', status: 'all', limit: '3' }, reply: { body: { opportunities: [], meta: { total: 0 } } } }],
    output: [],
  },
  { name: 'pipeline is required', op: 'triggers.newOpportunity', input: { pipelineStageId: 'S2' }, calls: [], error: /"Pipeline" \(pipelineId\) is required/ },
  {
    name: 'stage change: id is opportunity id plus stage-change time (creation time when none), newest change first',
    op: 'triggers.opportunityStageChanged',
    input: { pipelineId: 'P1' },
    calls: [
      changedSearch('last_stage_change_date', [{ field: 'pipeline_id', operator: 'eq', value: 'P1' }], [RAW_OPP2, RAW_OPP]),
      OPP_CF_CALL,
      PIPELINES_CALL,
      USERS_CALL,
    ],
    output: [
      { ...FLAT_OPP2, opportunityId: 'o2', id: 'o2:2025-03-16T10:00:00.000Z' },
      { ...FLAT_OPP, opportunityId: 'o1', id: 'o1:2025-03-15T09:30:00.000Z' },
    ],
  },
  {
    name: 'stage change into one stage',
    op: 'triggers.opportunityStageChanged',
    input: { pipelineId: 'P1', pipelineStageId: 'S1' },
    calls: [
      changedSearch('last_stage_change_date', [{ field: 'pipeline_id', operator: 'eq', value: 'P1' }, { field: 'pipeline_stage_id', operator: 'eq', value: 'S1' }], [RAW_OPP2]),
      PIPELINES_CALL,
    ],
    output: [{ ...FLAT_OPP2, opportunityId: 'o2', id: 'o2:2025-03-16T10:00:00.000Z' }],
  },
  { name: 'stage change needs the pipeline', op: 'triggers.opportunityStageChanged', input: {}, calls: [], error: /"Pipeline" \(pipelineId\) is required/ },
  {
    name: 'status change to won: id is opportunity id plus status-change time',
    op: 'triggers.opportunityStatusChanged',
    input: { status: 'won' },
    calls: [changedSearch('last_status_change_date', [{ field: 'status', operator: 'eq', value: 'won' }], [RAW_OPP2]), PIPELINES_CALL],
    output: [{ ...FLAT_OPP2, opportunityId: 'o2', id: 'o2:2025-03-16T12:00:00.000Z' }],
  },
  { name: 'status must be one of the four', op: 'triggers.opportunityStatusChanged', input: { status: 'closed' }, calls: [], error: /"Status" \(status\) must be one of open, won, lost, abandoned, got "closed"/ },
  {
    name: 'every filter in the spec\'s snake_case names',
    op: 'triggers.searchOpportunities',
    input: { q: 'spring', pipelineId: 'P1', pipelineStageId: 'S2', status: 'open', contactId: 'c1', assignedTo: 'U1' },
    calls: [
      {
        ...SEARCH,
        query: { ...newest, q: 'spring', pipeline_id: 'P1', pipeline_stage_id: 'S2', status: 'open', contact_id: 'c1', assigned_to: 'U1', limit: '100' },
        reply: { body: { opportunities: [RAW_OPP] } },
      },
      OPP_CF_CALL,
      PIPELINES_CALL,
      USERS_CALL,
    ],
    output: [FLAT_OPP],
  },
  { name: 'an ID with a slash is refused', op: 'triggers.searchOpportunities', input: { contactId: 'c1/x' }, calls: [], error: /"Contact" \(contactId\) must be a HighLevel ID/ },
  {
    name: 'watched opportunity fires with id plus update time',
    op: 'triggers.getOpportunity',
    input: { opportunityId: 'o2' },
    calls: [{ method: 'GET', path: '/opportunities/o2', version: V, reply: { body: { opportunity: RAW_OPP2 } } }, PIPELINES_CALL],
    output: [{ ...FLAT_OPP2, opportunityId: 'o2', id: 'o2:2025-03-16T12:00:00.000Z' }],
  },
  {
    name: 'a deleted watched opportunity gives nothing',
    op: 'triggers.getOpportunity',
    input: { opportunityId: 'gone' },
    calls: [{ method: 'GET', path: '/opportunities/gone', version: V, reply: { status: 404, body: { statusCode: 404, message: 'Opportunity not found' } } }],
    output: [],
  },
  {
    name: 'pipelines with their stages in board order',
    op: 'triggers.listPipelines',
    calls: [PIPELINES_CALL],
    output: [{ id: 'P1', name: 'Direct Mail Sales', stageNames: ['New Lead', 'Postcard Sent'], stageIds: ['S1', 'S2'], stageCount: 2, showInFunnel: true, showInPieChart: false, locationId: 'LOC123' }],
  },
  {
    name: 'pipeline dropdown',
    op: 'triggers.pipelineDropdown',
    calls: [PIPELINES_CALL],
    output: [{ id: 'P1', name: 'Direct Mail Sales' }],
  },
  {
    name: 'stages of the chosen pipeline, in board order',
    op: 'triggers.pipelineStageDropdown',
    input: { pipelineId: 'P1' },
    calls: [PIPELINES_CALL],
    output: [{ id: 'S1', name: 'New Lead' }, { id: 'S2', name: 'Postcard Sent' }],
  },
  { name: 'stage dropdown needs the pipeline first', op: 'triggers.pipelineStageDropdown', input: {}, calls: [], error: /"Pipeline" \(pipelineId\) is required/ },
  {
    name: 'opportunity dropdown: newest first, second page, contact in the label',
    op: 'triggers.opportunityDropdown',
    meta: { page: 1 },
    calls: [{ ...SEARCH, query: { ...newest, status: 'all', limit: '100', page: '2' }, reply: { body: { opportunities: [RAW_OPP, RAW_OPP2] } } }],
    output: [{ id: 'o1', name: 'Spring run (Rosa Delgado)' }, { id: 'o2', name: 'Roof repair' }],
  },
  {
    name: 'lost reasons',
    op: 'triggers.lostReasonDropdown',
    calls: [{ method: 'GET', path: '/opportunities/lost-reason', version: V, query: { locationId: 'LOC123', limit: '100', skip: '0' }, reply: { body: { lostReasons: [{ id: 'LR1', name: 'Chose a competitor' }], total: 1 } } }],
    output: [{ id: 'LR1', name: 'Chose a competitor' }],
  },
  {
    name: 'create with stage, value, owner and a custom field in the spec shape',
    op: 'creates.createOpportunity',
    input: { pipelineId: 'P1', contactId: 'c1', name: 'Spring run', status: 'open', pipelineStageId: 'S2', monetaryValue: '1250', assignedTo: 'U1', customField__ocfBudget: '5000' },
    calls: [
      OPP_CF_CALL,
      {
        method: 'POST', path: '/opportunities/', version: V,
        body: {
          locationId: 'LOC123', pipelineId: 'P1', contactId: 'c1', name: 'Spring run', status: 'open', pipelineStageId: 'S2', monetaryValue: 1250, assignedTo: 'U1',
          customFields: [{ id: 'ocfBudget', field_value: 5000 }],
        },
        reply: { status: 201, body: { opportunity: RAW_OPP } },
      },
      // the answer's custom fields are named with the definitions cached a moment ago
      PIPELINES_CALL,
      USERS_CALL,
    ],
    output: FLAT_OPP,
  },
  {
    name: 'after the write, a failed name look-up leaves the names empty instead of failing the step',
    op: 'creates.createOpportunity',
    input: { pipelineId: 'P1', contactId: 'c2', name: 'Roof repair', status: 'won' },
    calls: [
      { method: 'POST', path: '/opportunities/', version: V, body: { locationId: 'LOC123', pipelineId: 'P1', contactId: 'c2', name: 'Roof repair', status: 'won' }, reply: { status: 201, body: { opportunity: RAW_OPP2 } } },
      { ...PIPELINES_CALL, reply: { status: 403, body: { statusCode: 403, message: 'The token is not authorized for this scope.' } } },
    ],
    output: { ...FLAT_OPP2, pipelineName: null, stageName: null },
  },
  { name: 'status is required', op: 'creates.createOpportunity', input: { pipelineId: 'P1', contactId: 'c1', name: 'X' }, calls: [], error: /"Status" \(status\) is required/ },
  { name: 'monetary value must be a number', op: 'creates.createOpportunity', input: { pipelineId: 'P1', contactId: 'c1', name: 'X', status: 'open', monetaryValue: 'lots' }, calls: [], error: /"Monetary Value" \(monetaryValue\) must be a number, got "lots"/ },
  { name: 'the contact is required', op: 'creates.createOpportunity', input: { pipelineId: 'P1', name: 'X', status: 'open' }, calls: [], error: /"Contact" \(contactId\) is required/ },
  {
    name: 'update sends only filled fields',
    op: 'creates.updateOpportunity',
    input: { opportunityId: 'o2', pipelineStageId: 'S1', monetaryValue: 300 },
    calls: [
      { method: 'PUT', path: '/opportunities/o2', version: V, body: { pipelineStageId: 'S1', monetaryValue: 300 }, reply: { body: { opportunity: RAW_OPP2 } } },
      PIPELINES_CALL,
    ],
    output: FLAT_OPP2,
  },
  { name: 'update with nothing to change sends nothing', op: 'creates.updateOpportunity', input: { opportunityId: 'o2' }, calls: [], error: /"Opportunity" \(opportunityId\) needs at least one field to change/ },
  {
    name: 'delete',
    op: 'creates.deleteOpportunity',
    input: { opportunityId: 'o1' },
    calls: [{ method: 'DELETE', path: '/opportunities/o1', version: V, reply: { body: { succeded: true } } }],
    output: { opportunityId: 'o1', succeeded: true },
  },
  {
    name: 'status lost with a lost reason',
    op: 'creates.updateOpportunityStatus',
    input: { opportunityId: 'o1', status: 'lost', lostReasonId: 'LR1' },
    calls: [{ method: 'PUT', path: '/opportunities/o1/status', version: V, body: { status: 'lost', lostReasonId: 'LR1' }, reply: { body: { succeded: true } } }],
    output: { opportunityId: 'o1', status: 'lost', lostReasonId: 'LR1', succeeded: true },
  },
  { name: 'a lost reason only with lost', op: 'creates.updateOpportunityStatus', input: { opportunityId: 'o1', status: 'won', lostReasonId: 'LR1' }, calls: [], error: /"Lost Reason" \(lostReasonId\) can only be used with status "Lost"/ },
  { name: '"all" is a filter, not a status', op: 'creates.updateOpportunityStatus', input: { opportunityId: 'o1', status: 'all' }, calls: [], error: /"Status" \(status\) must be one of open, won, lost, abandoned, got "all"/ },
  {
    name: 'upsert sends contactId and the spec\'s required follower fields as a no-op',
    op: 'creates.upsertOpportunity',
    input: { pipelineId: 'P1', contactId: 'c2', name: 'Roof repair', status: 'won' },
    calls: [
      {
        method: 'POST', path: '/opportunities/upsert', version: V,
        body: { locationId: 'LOC123', pipelineId: 'P1', contactId: 'c2', name: 'Roof repair', status: 'won', followers: [], followersActionType: 'add', isRemoveAllFollowers: false },
        reply: { body: { opportunity: RAW_OPP2, new: true } },
      },
      PIPELINES_CALL,
    ],
    output: { ...FLAT_OPP2, isNew: true },
  },
  {
    name: 'upsert of a given opportunity removing followers',
    op: 'creates.upsertOpportunity',
    input: { pipelineId: 'P1', contactId: 'c2', opportunityId: 'o2', followers: 'U2, U3', followersActionType: 'remove' },
    calls: [
      {
        method: 'POST', path: '/opportunities/upsert', version: V,
        body: { locationId: 'LOC123', id: 'o2', pipelineId: 'P1', contactId: 'c2', followers: ['U2', 'U3'], followersActionType: 'remove', isRemoveAllFollowers: false },
        reply: { body: { opportunity: RAW_OPP2, new: false } },
      },
      PIPELINES_CALL,
    ],
    output: { ...FLAT_OPP2, isNew: false },
  },
  {
    name: 'remove-all cannot be combined with add',
    op: 'creates.upsertOpportunity',
    input: { pipelineId: 'P1', contactId: 'c2', isRemoveAllFollowers: 'yes', followersActionType: 'add' },
    calls: [],
    error: /"Remove All Followers" \(isRemoveAllFollowers\) cannot be combined with Followers Action "add"/,
  },
  {
    name: 'add followers',
    op: 'creates.addOpportunityFollowers',
    input: { opportunityId: 'o1', followers: ['U2', 'U3'] },
    calls: [{ method: 'POST', path: '/opportunities/o1/followers', version: V, body: { followers: ['U2', 'U3'] }, reply: { status: 201, body: { followers: ['U1', 'U2', 'U3'], followersAdded: ['U2', 'U3'] } } }],
    output: { opportunityId: 'o1', followers: ['U1', 'U2', 'U3'], followersAdded: ['U2', 'U3'] },
  },
  { name: 'followers are required', op: 'creates.addOpportunityFollowers', input: { opportunityId: 'o1', followers: ' , ' }, calls: [], error: /"Followers" \(followers\) needs at least one value/ },
  {
    name: 'remove followers: DELETE with a JSON body',
    op: 'creates.removeOpportunityFollowers',
    input: { opportunityId: 'o1', followers: 'U2' },
    calls: [{ method: 'DELETE', path: '/opportunities/o1/followers', version: V, body: { followers: ['U2'] }, reply: { body: { followers: ['U1'], followersRemoved: ['U2'] } } }],
    output: { opportunityId: 'o1', followers: ['U1'], followersRemoved: ['U2'] },
  },
  {
    name: 'remove all followers',
    op: 'creates.removeOpportunityFollowers',
    input: { opportunityId: 'o1', removeAll: true },
    calls: [{ method: 'DELETE', path: '/opportunities/o1/followers', version: V, query: { isRemoveAllFollowers: 'true' }, body: { followers: [] }, reply: { body: { followers: [], followersRemoved: ['U1'] } } }],
    output: { opportunityId: 'o1', followers: [], followersRemoved: ['U1'] },
  },
  { name: 'remove needs followers or remove-all', op: 'creates.removeOpportunityFollowers', input: { opportunityId: 'o1' }, calls: [], error: /"Followers" \(followers\) needs at least one user, or choose Remove All Followers/ },
  {
    name: 'get opportunity as a step',
    op: 'searches.getOpportunity',
    input: { opportunityId: 'o1' },
    calls: [{ method: 'GET', path: '/opportunities/o1', version: V, reply: { body: { opportunity: RAW_OPP } } }, OPP_CF_CALL, PIPELINES_CALL, USERS_CALL],
    output: [FLAT_OPP],
  },
  {
    name: 'find by contact and pipeline',
    op: 'searches.findOpportunity',
    input: { contactId: 'c2', pipelineId: 'P1' },
    calls: [{ ...SEARCH, query: { ...newest, contact_id: 'c2', pipeline_id: 'P1', status: 'all', limit: '10' }, reply: { body: { opportunities: [RAW_OPP2] } } }, PIPELINES_CALL],
    output: [FLAT_OPP2],
  },
  {
    name: 'find by name: full-text search, then the exact name only',
    op: 'searches.findOpportunity',
    input: { name: ' roof REPAIR ' },
    calls: [
      { ...SEARCH, query: { ...newest, q: 'roof REPAIR', status: 'all', limit: '100' }, reply: { body: { opportunities: [{ ...RAW_OPP2, id: 'o3', name: 'Roof repair 2' }, RAW_OPP2] } } },
      PIPELINES_CALL,
    ],
    output: [FLAT_OPP2],
  },
  {
    name: 'find by contact and name: no full-text query, no match, no result',
    op: 'searches.findOpportunity',
    input: { contactId: 'c1', name: 'Fall run' },
    calls: [{ ...SEARCH, query: { ...newest, contact_id: 'c1', status: 'all', limit: '100' }, reply: { body: { opportunities: [RAW_OPP] } } }],
    output: [],
  },
  { name: 'find needs a contact or a name', op: 'searches.findOpportunity', input: { pipelineId: 'P1' }, calls: [], error: /"Contact" \(contactId\) or Opportunity Name is required/ },
];

const userCases: Case[] = [
  {
    name: 'newest users of the connected location first',
    op: 'triggers.searchUsers',
    input: { query: 'sam', role: 'user' },
    calls: [
      {
        method: 'GET', path: '/users/search', version: V,
        query: { companyId: 'COMP9', locationId: 'LOC123', query: 'sam', role: 'user', sort: 'dateAdded', sortDirection: 'desc', skip: '0', limit: '100' },
        reply: { body: { users: [RAW_USER], count: 1 } },
      },
    ],
    output: [FLAT_USER],
  },
  { name: 'unknown role', op: 'triggers.searchUsers', input: { role: 'owner' }, calls: [], error: /"Role" \(role\) must be one of admin, user, got "owner"/ },
  { name: 'agency only: a sub-account connection sends nothing', op: 'triggers.filterUsersByEmail', input: { emails: 'sam@example.com' }, calls: [], error: AGENCY_ONLY },
  { name: 'agency only (search): a sub-account connection sends nothing', op: 'searches.filterUsersByEmail', input: { emails: 'sam@example.com' }, calls: [], error: AGENCY_ONLY },
  {
    name: 'watched user: id is user id plus a content fingerprint',
    op: 'triggers.getUser',
    input: { userId: 'U1' },
    calls: [{ method: 'GET', path: '/users/U1', version: V, reply: { body: RAW_USER } }],
    output: [{ ...FLAT_USER, userId: 'U1', id: expect.stringMatching(/^U1:[0-9a-f]{12}$/) }],
  },
  {
    name: 'deprecated list of the location\'s users',
    op: 'triggers.listUsersByLocation',
    calls: [{ method: 'GET', path: '/users/', version: V, query: { locationId: 'LOC123' }, reply: { body: { users: [RAW_USER] } } }],
    output: [FLAT_USER],
  },
  {
    name: 'create: company from the connection, sub-account user of the connected location by default',
    op: 'creates.createUser',
    input: { firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com', password: 'S3cret-pass', role: 'user' },
    calls: [
      {
        method: 'POST', path: '/users/', version: V,
        body: { companyId: 'COMP9', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com', password: 'S3cret-pass', role: 'user', type: 'account', locationIds: ['LOC123'] },
        reply: { status: 201, body: RAW_USER },
      },
    ],
    output: FLAT_USER,
  },
  {
    name: 'an agency user needs an agency connection',
    op: 'creates.createUser',
    input: { firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com', password: 'x', role: 'admin', type: 'agency' },
    calls: [],
    error: /"User Type" \(type\) can be "agency" only on an agency connection/,
  },
  { name: 'invalid email', op: 'creates.createUser', input: { firstName: 'Sam', lastName: 'Lee', email: 'sam@', password: 'x', role: 'user' }, calls: [], error: /"Email" \(email\) must be a valid email address, got "sam@"/ },
  { name: 'password is required', op: 'creates.createUser', input: { firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com', role: 'user' }, calls: [], error: /"Password" \(password\) is required/ },
  {
    name: 'update: only the filled fields',
    op: 'creates.updateUser',
    input: { userId: 'U1', role: 'admin', locationIds: 'LOC123, LOC456' },
    calls: [{ method: 'PUT', path: '/users/U1', version: V, body: { role: 'admin', locationIds: ['LOC123', 'LOC456'] }, reply: { body: { ...RAW_USER, roles: { type: 'account', role: 'admin', locationIds: ['LOC123', 'LOC456'] } } } }],
    output: { ...FLAT_USER, role: 'admin', locationIds: ['LOC123', 'LOC456'] },
  },
  { name: 'update with nothing to change', op: 'creates.updateUser', input: { userId: 'U1' }, calls: [], error: /"User" \(userId\) needs at least one field to change/ },
  {
    name: 'delete is queued',
    op: 'creates.deleteUser',
    input: { userId: 'U1' },
    calls: [{ method: 'DELETE', path: '/users/U1', version: V, reply: { body: { succeded: true, message: 'Queued deleting user with e-mail sam@example.com and name Sam Lee. Will take effect in a few minutes.' } } }],
    output: { userId: 'U1', succeeded: true, message: 'Queued deleting user with e-mail sam@example.com and name Sam Lee. Will take effect in a few minutes.' },
  },
  {
    name: 'get user as a step',
    op: 'searches.getUser',
    input: { userId: 'U1' },
    calls: [{ method: 'GET', path: '/users/U1', version: V, reply: { body: RAW_USER } }],
    output: [FLAT_USER],
  },
  {
    name: 'an unknown user is no result',
    op: 'searches.getUser',
    input: { userId: 'nobody' },
    calls: [{ method: 'GET', path: '/users/nobody', version: V, reply: { status: 404, body: { statusCode: 404, message: 'User not found' } } }],
    output: [],
  },
];

const businessCases: Case[] = [
  {
    name: 'watched business fires with id plus update time',
    op: 'triggers.getBusiness',
    input: { businessId: 'B1' },
    calls: [{ method: 'GET', path: '/businesses/B1', version: V, reply: { body: { business: RAW_BIZ } } }],
    output: [{ ...FLAT_BIZ, businessId: 'B1', id: 'B1:2025-03-15T09:30:00.000Z' }],
  },
  {
    name: 'businesses of the location, newest first',
    op: 'triggers.listBusinesses',
    calls: [{ method: 'GET', path: '/businesses/', version: V, query: { locationId: 'LOC123', limit: '100', skip: '0' }, reply: { body: { businesses: [RAW_BIZ, RAW_BIZ2] } } }],
    output: [FLAT_BIZ2, FLAT_BIZ],
  },
  {
    name: 'create reads HighLevel\'s "buiseness" answer',
    op: 'creates.createBusiness',
    input: { name: 'Delgado Dental', email: 'office@delgado.example.com', address: '3535 1st St N', city: 'Dolomite', state: 'AL', postalCode: '35061', country: 'US' },
    calls: [
      {
        method: 'POST', path: '/businesses/', version: V,
        body: { locationId: 'LOC123', name: 'Delgado Dental', email: 'office@delgado.example.com', address: '3535 1st St N', city: 'Dolomite', state: 'AL', postalCode: '35061', country: 'US' },
        reply: { status: 201, body: { success: true, buiseness: RAW_BIZ } },
      },
    ],
    output: FLAT_BIZ,
  },
  { name: 'name is required', op: 'creates.createBusiness', input: { city: 'Dolomite' }, calls: [], error: /"Business Name" \(name\) is required/ },
  { name: 'invalid phone', op: 'creates.createBusiness', input: { name: 'X', phone: 'call me' }, calls: [], error: /"Phone" \(phone\) must be a phone number/ },
  {
    name: 'update sends only filled fields',
    op: 'creates.updateBusiness',
    input: { businessId: 'B1', website: 'https://delgado.example.com' },
    calls: [{ method: 'PUT', path: '/businesses/B1', version: V, body: { website: 'https://delgado.example.com' }, reply: { body: { success: true, buiseness: { ...RAW_BIZ, website: 'https://delgado.example.com' } } } }],
    output: { ...FLAT_BIZ, website: 'https://delgado.example.com' },
  },
  { name: 'update with nothing to change', op: 'creates.updateBusiness', input: { businessId: 'B1' }, calls: [], error: /"Business" \(businessId\) needs at least one field to change/ },
  {
    name: 'an answer without the business is reported, not crashed on',
    op: 'creates.updateBusiness',
    input: { businessId: 'B1', name: 'Delgado Family Dental' },
    calls: [{ method: 'PUT', path: '/businesses/B1', version: V, body: { name: 'Delgado Family Dental' }, reply: { body: { success: true } } }],
    error: /HighLevel answered the business write with an unexpected response at "buiseness": no business in the answer/,
  },
  {
    name: 'delete',
    op: 'creates.deleteBusiness',
    input: { businessId: 'B1' },
    calls: [{ method: 'DELETE', path: '/businesses/B1', version: V, reply: { body: { success: true } } }],
    output: { businessId: 'B1', succeeded: true },
  },
  {
    name: 'get business as a step',
    op: 'searches.getBusiness',
    input: { businessId: 'B1' },
    calls: [{ method: 'GET', path: '/businesses/B1', version: V, reply: { body: { business: RAW_BIZ } } }],
    output: [FLAT_BIZ],
  },
  {
    name: 'find by name pages through the list until found (exact name, any case)',
    op: 'searches.findBusiness',
    input: { name: 'ruiz roofing' },
    calls: [
      {
        method: 'GET', path: '/businesses/', version: V, query: { locationId: 'LOC123', limit: '100', skip: '0' },
        reply: { body: { businesses: Array.from({ length: 100 }, (_x, i) => ({ ...RAW_BIZ2, id: `X${i}`, name: `Ruiz Roofing ${i}` })) } },
      },
      { method: 'GET', path: '/businesses/', version: V, query: { locationId: 'LOC123', limit: '100', skip: '100' }, reply: { body: { businesses: [RAW_BIZ2] } } },
    ],
    output: [FLAT_BIZ2],
  },
  {
    name: 'find by name: a short last page ends the search, no result',
    op: 'searches.findBusiness',
    input: { name: 'Nobody Inc' },
    calls: [{ method: 'GET', path: '/businesses/', version: V, query: { locationId: 'LOC123', limit: '100', skip: '0' }, reply: { body: { businesses: [RAW_BIZ] } } }],
    output: [],
  },
  { name: 'find needs the name', op: 'searches.findBusiness', input: {}, calls: [], error: /"Business Name" \(name\) is required/ },
];

const workflowCases: Case[] = [
  {
    name: 'workflows, newest first',
    op: 'triggers.listWorkflows',
    calls: [
      {
        method: 'GET', path: '/workflows/', version: V, query: { locationId: 'LOC123' },
        reply: {
          body: {
            workflows: [
              { id: 'W1', name: 'Welcome', status: 'published', version: 3, createdAt: '2025-01-05T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z', locationId: 'LOC123' },
              { id: 'W2', name: 'Postcard follow-up', status: 'draft', version: 1, createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z', locationId: 'LOC123' },
            ],
          },
        },
      },
    ],
    output: [
      { id: 'W2', name: 'Postcard follow-up', status: 'draft', version: 1, createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z', locationId: 'LOC123' },
      { id: 'W1', name: 'Welcome', status: 'published', version: 3, createdAt: '2025-01-05T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z', locationId: 'LOC123' },
    ],
  },
  { name: 'snapshots are agency only: a sub-account connection sends nothing', op: 'triggers.listSnapshots', calls: [], error: AGENCY_ONLY },
  {
    name: 'published campaigns',
    op: 'triggers.listCampaigns',
    input: { status: 'published' },
    calls: [{ method: 'GET', path: '/campaigns/', version: V, query: { locationId: 'LOC123', status: 'published' }, reply: { body: { campaigns: [{ id: 'K1', name: 'Spring', status: 'published', locationId: 'LOC123' }] } } }],
    output: [{ id: 'K1', name: 'Spring', status: 'published', locationId: 'LOC123' }],
  },
  {
    name: 'enrol with an event start time, sent as UTC ISO',
    op: 'creates.addContactToWorkflow',
    input: { contactId: 'c1', workflowId: 'W1', eventStartTime: '2025-03-21T10:00:00-05:00' },
    calls: [{ method: 'POST', path: '/contacts/c1/workflow/W1', version: V, body: { eventStartTime: '2025-03-21T15:00:00.000Z' }, reply: { body: { succeded: true } } }],
    output: { contactId: 'c1', workflowId: 'W1', succeeded: true },
  },
  {
    name: 'enrol without a start time sends an empty body',
    op: 'creates.addContactToWorkflow',
    input: { contactId: 'c1', workflowId: 'W1' },
    calls: [{ method: 'POST', path: '/contacts/c1/workflow/W1', version: V, body: {}, reply: { body: { succeded: true } } }],
    output: { contactId: 'c1', workflowId: 'W1', succeeded: true },
  },
  { name: 'workflow is required', op: 'creates.addContactToWorkflow', input: { contactId: 'c1' }, calls: [], error: /"Workflow" \(workflowId\) is required/ },
  { name: 'unparseable start time', op: 'creates.addContactToWorkflow', input: { contactId: 'c1', workflowId: 'W1', eventStartTime: 'soon' }, calls: [], error: /"Event Start Time" \(eventStartTime\) must be a date and time/ },
  {
    name: 'unenrol',
    op: 'creates.removeContactFromWorkflow',
    input: { contactId: 'c1', workflowId: 'W1' },
    calls: [{ method: 'DELETE', path: '/contacts/c1/workflow/W1', version: V, body: {}, reply: { body: { succeded: true } } }],
    output: { contactId: 'c1', workflowId: 'W1', succeeded: true },
  },
  {
    name: 'add contact followers',
    op: 'creates.addContactFollowers',
    input: { contactId: 'c1', followers: 'U1,U2' },
    calls: [{ method: 'POST', path: '/contacts/c1/followers', version: V, body: { followers: ['U1', 'U2'] }, reply: { status: 201, body: { followers: ['U1', 'U2'], followersAdded: ['U2'] } } }],
    output: { contactId: 'c1', followers: ['U1', 'U2'], followersAdded: ['U2'] },
  },
  {
    name: 'remove contact followers: DELETE with a JSON body',
    op: 'creates.removeContactFollowers',
    input: { contactId: 'c1', followers: ['U2'] },
    calls: [{ method: 'DELETE', path: '/contacts/c1/followers', version: V, body: { followers: ['U2'] }, reply: { body: { followers: ['U1'], followersRemoved: ['U2'] } } }],
    output: { contactId: 'c1', followers: ['U1'], followersRemoved: ['U2'] },
  },
  { name: 'followers to remove are required', op: 'creates.removeContactFollowers', input: { contactId: 'c1' }, calls: [], error: /"Followers" \(followers\) needs at least one value/ },
  {
    name: 'add contacts to a business',
    op: 'creates.bulkUpdateContactsBusiness',
    input: { action: 'add', ids: 'c1, c2', businessId: 'B1' },
    calls: [{ method: 'POST', path: '/contacts/bulk/business', version: V, body: { locationId: 'LOC123', ids: ['c1', 'c2'], businessId: 'B1' }, reply: { body: { success: true, ids: ['c1', 'c2'] } } }],
    output: { succeeded: true, contactIds: ['c1', 'c2'], failedContactIds: [], failures: '', businessId: 'B1' },
  },
  {
    name: 'remove contacts from their business: businessId null',
    op: 'creates.bulkUpdateContactsBusiness',
    input: { action: 'remove', ids: ['c1'] },
    calls: [{ method: 'POST', path: '/contacts/bulk/business', version: V, body: { locationId: 'LOC123', ids: ['c1'], businessId: null }, reply: { body: { success: true, ids: ['c1'] } } }],
    output: { succeeded: true, contactIds: ['c1'], failedContactIds: [], failures: '', businessId: null },
  },
  { name: 'adding needs the business', op: 'creates.bulkUpdateContactsBusiness', input: { action: 'add', ids: 'c1' }, calls: [], error: /"Business" \(businessId\) is required to add contacts to a business/ },
  { name: 'removing takes no business', op: 'creates.bulkUpdateContactsBusiness', input: { action: 'remove', ids: 'c1', businessId: 'B1' }, calls: [], error: /"Business" \(businessId\) must be empty when removing/ },
  { name: 'contacts are required', op: 'creates.bulkUpdateContactsBusiness', input: { action: 'add', businessId: 'B1' }, calls: [], error: /"Contacts" \(ids\) needs at least one value/ },
];

export const pipelineCases: Case[] = [...opportunityCases, ...userCases, ...businessCases, ...workflowCases];

/** Agency-connection fixtures for the runner's agency tests (the table's cases run on a sub-account connection). */
export const agencyFixtures = { RAW_USER, FLAT_USER };
