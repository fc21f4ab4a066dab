import { version as platformVersion, type Create, type Search, type Trigger } from 'zapier-platform-core';
import authentication from './authentication';
import { creates } from './creates';
import { searches, categorySearchOrCreates } from './searches';
import { hydrators } from './searches/conversations';
import { addAuthHeaders, mapErrors } from './src/middleware';
import { triggers } from './triggers';
import packageJson from './package.json';

const byKey = <T extends { key: string }>(ops: T[]): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const op of ops) {
    if (out[op.key]) throw new Error(`Duplicate operation key ${op.key}`);
    out[op.key] = op;
  }
  return out;
};

/** The HighLevel (GoHighLevel / LeadConnector) API v2 app for Zapier. */
const app = {
  version: packageJson.version,
  platformVersion,
  authentication,
  beforeRequest: [addAuthHeaders],
  afterResponse: [mapErrors],
  triggers: byKey<Trigger>(triggers),
  creates: byKey<Create>(creates),
  searches: byKey<Search>(searches),
  hydrators,
  searchOrCreates: {
    ...categorySearchOrCreates,
    findContact: {
      key: 'findContact',
      display: {
        label: 'Find Or Create Contact',
        description: 'Finds a contact by email, phone or ID, and creates it when none is found.',
      },
      search: 'findContact',
      create: 'createContact',
    },
  },
};

export default app;
