import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { collectionField } from '../../src/records/product-collection';
import { altLocation } from '../../src/records/window';
import { parseResponse } from '../../src/schemas';

/** DELETE /products/collections/{collectionId}?altId&altType=location: answers `{ status }`. */
export default defineAction({
  key: 'deleteProductCollection',
  noun: 'Collection',
  label: 'Delete Product Collection',
  description: 'Deletes a product collection from your store (its products stay, without the collection). This cannot be undone.',
  endpoint: endpoint('DELETE', '/products/collections/{collectionId}', '2021-07-28', ['products/collection.write']),
  inputs: { collectionId: collectionField() },
  request: (_input, { bundle }) => ({ query: altLocation(bundle) }),
  output: (body, { input }) => ({
    collectionId: input.collectionId,
    succeeded: parseResponse(z.looseObject({ status: z.boolean().nullish() }), body ?? {}, 'the collection deletion').status ?? true,
  }),
  sample: { collectionId: '65d71377c326ea78e1c47df5', succeeded: true },
  outputFields: [
    { key: 'collectionId', label: 'Deleted Collection ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
