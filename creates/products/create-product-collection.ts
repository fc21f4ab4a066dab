import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { collectionAnswer, collectionShape } from '../../src/records/product-collection';
import { altLocation } from '../../src/records/window';

const slugOf = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** POST /products/collections (altId, altType, name and slug required); a blank slug is made from the name. */
export default defineAction({
  key: 'createProductCollection',
  noun: 'Collection',
  label: 'Create Product Collection',
  description: 'Creates a product collection (a category of your online store, e.g. Whitening), to group products in the store.',
  endpoint: endpoint('POST', '/products/collections', '2021-07-28', ['products/collection.write']),
  inputs: {
    name: f.text({ label: 'Collection Name', required: true, helpText: 'The name shown in the store, e.g. Whitening.' }),
    slug: f.text({ label: 'Slug', helpText: 'The collection\'s URL slug, e.g. whitening; blank makes one from the name.' }),
    image: f.text({ label: 'Image URL', helpText: 'A public URL of the collection\'s image, e.g. `https://example.com/whitening.png`.' }),
  },
  request: (input, { bundle }) => {
    const slug = input.slug ?? slugOf(input.name);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      throw invalidInput(input.slug ? { key: 'slug', label: 'Slug' } : { key: 'name', label: 'Collection Name' }, `must give a slug of lowercase letters, digits and dashes, got "${slug}"`);
    }
    return { body: { ...altLocation(bundle), ...input, slug } };
  },
  output: collectionAnswer,
  ...collectionShape,
});
