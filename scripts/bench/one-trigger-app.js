// The baseline for the cold-start and zip-size benchmarks: the smallest useful app on the same
// zapier-platform-core, one polling trigger and no other dependency.
'use strict';
const zapier = require('zapier-platform-core');

module.exports = {
  version: '1.0.0',
  platformVersion: zapier.version,
  triggers: {
    item: {
      key: 'item',
      noun: 'Item',
      display: { label: 'New Item', description: 'Triggers when a new item is added.' },
      operation: {
        perform: async (z) => (await z.request({ url: 'https://example.com/items' })).data,
        sample: { id: 1 },
      },
    },
  },
};
