import { defineListTrigger } from '../../src/operation';
import { collectionList, listCollectionsEndpoint } from '../../src/records/product-collection';
import { altLocation } from '../../src/records/window';

const PAGE = 100;

/** Product collections for the Collection dropdown (hidden), 100 per "load more". */
export default defineListTrigger({
  key: 'productCollectionDropdown',
  noun: 'Collection',
  label: 'Product Collections (Dropdown)',
  description: 'Triggers when the Collection dropdown loads: lists product collections.',
  hidden: true,
  canPaginate: true,
  endpoint: listCollectionsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { ...altLocation(bundle), limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE } }),
  records: collectionList,
  output: (rows) => rows.map((c) => ({ id: c.id, name: c.name ?? c.id })),
  sample: { id: '65d71377c326ea78e1c47df5', name: 'Whitening' },
  outputFields: [
    { key: 'id', label: 'Collection ID' },
    { key: 'name', label: 'Collection' },
  ],
});
