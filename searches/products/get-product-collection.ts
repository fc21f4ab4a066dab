import { defineSearch } from '../../src/operation';
import { collectionField, collectionTable } from '../../src/records/product-collection';
import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';

/**
 * GET /products/collections/{collectionId}?altId (DefaultCollectionResponseDto `{ data, status }`;
 * `data` is the collection, untyped in the spec, read as the list's collections). 404: no result.
 */
export default defineSearch({
  key: 'getProductCollection',
  noun: 'Collection',
  label: 'Get Product Collection',
  description: 'Finds one product collection (a category of your store) by its ID, with its name, slug and image.',
  endpoint: endpoint('GET', '/products/collections/{collectionId}', '2021-07-28', ['products/collection.readonly']),
  inputs: { collectionId: collectionField() },
  request: (_input, { bundle }) => ({ query: { altId: locationId(bundle) } }),
  records: (body: unknown) => [collectionTable.one('data', 'the collection request')(body)],
  ...collectionTable.outputs,
});
