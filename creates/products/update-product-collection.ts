import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { statusFlagOf } from '../../src/records/result';
import { collectionField } from '../../src/records/product-collection';
import { altLocation } from '../../src/records/window';

/**
 * PUT /products/collections/{collectionId} (UpdateProductCollectionsDto: altId and altType
 * required, the rest optional, so only the given fields are sent); answers `{ status, message }`.
 */
export default defineAction({
  key: 'updateProductCollection',
  noun: 'Collection',
  label: 'Update Product Collection',
  description: 'Updates a product collection of your store (its name, slug or image): only the fields you fill in change.',
  endpoint: endpoint('PUT', '/products/collections/{collectionId}', '2021-07-28', ['products/collection.write']),
  inputs: {
    collectionId: collectionField(),
    name: f.text({ label: 'Collection Name', helpText: 'A new name shown in the store, e.g. Whitening & Care. Unchanged when blank.' }),
    slug: f.text({ label: 'Slug', helpText: 'A new URL slug of lowercase letters, digits and dashes, e.g. whitening-care. Unchanged when blank.' }),
    image: f.text({ label: 'Image URL', helpText: 'A public URL of a new image, e.g. `https://example.com/whitening.png`. Unchanged when blank.' }),
  },
  request: ({ collectionId: _c, ...input }, { bundle }) => {
    if (input.slug !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.slug)) throw invalidInput({ key: 'slug', label: 'Slug' }, `must be lowercase letters, digits and dashes, got "${input.slug}"`);
    if (input.name === undefined && input.slug === undefined && input.image === undefined) throw invalidInput({ key: 'name', label: 'Collection Name' }, 'or Slug or Image URL is required: there is nothing to change');
    return { body: { ...altLocation(bundle), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } };
  },
  output: (body, { input }) => ({ collectionId: input.collectionId, succeeded: statusFlagOf(body) }),
  sample: { collectionId: '65d71377c326ea78e1c47df5', succeeded: true },
  outputFields: [
    { key: 'collectionId', label: 'Collection ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
