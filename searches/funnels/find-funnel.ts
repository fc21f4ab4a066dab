import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { funnelList, funnelOutputs, listFunnelsEndpoint } from '../../src/records/funnel';

const TYPES = { funnel: 'Funnel', website: 'Website' } as const;

/** Find Funnel: GET /funnels/funnel/list filtered by name (HighLevel matches part of the name), the first 10 matches. */
export default defineSearch({
  key: 'findFunnel',
  noun: 'Funnel',
  label: 'Find Funnel',
  description: 'Finds funnels or websites whose name contains the text you give, e.g. to get a funnel\'s ID and path for a later step.',
  endpoint: listFunnelsEndpoint,
  inputs: {
    name: f.text({ label: 'Name', required: true, helpText: 'Text the funnel\'s or website\'s name contains, e.g. "whitening". The first 10 matches are returned.' }),
    type: f.choice({ label: 'Type', choices: TYPES, helpText: 'Only funnels or only websites. Both when empty.' }),
  },
  request: ({ name, type }, { bundle }) => ({ query: { locationId: locationId(bundle), name, type, limit: '10', offset: '0' } }),
  records: funnelList,
  ...funnelOutputs,
});
