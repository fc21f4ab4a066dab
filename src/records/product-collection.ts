import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t } from '../record-table';

/**
 * Product collections (products.json): the store's product categories, keyed by `_id`, the
 * location as `altId` + `altType=location`. The list answers `{ data, total }`, create
 * `{ data: collection }` (CreateCollectionResponseDto).
 */
export const listCollectionsEndpoint = endpoint('GET', '/products/collections', '2021-07-28', ['products/collection.readonly']);

export const collectionTable = defineRecord(
  {
    id: { label: 'Collection ID', type: t.text, from: ['_id', 'id'], sample: '65d71377c326ea78e1c47df5', important: true },
    name: { label: 'Collection Name', type: t.text, sample: 'Whitening', important: true },
    slug: { label: 'Slug', type: t.text, sample: 'whitening' },
    image: { label: 'Image URL', type: t.text, sample: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/whitening.png' },
    locationId: { label: 'Location ID', type: t.text, from: ['altId'], sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-02-20T18:49:22.026Z' },
  },
  { name: 'collection' },
);
export const collectionList = collectionTable.list('data', 'the collection list');
export const collectionShape = collectionTable.shape;
export const collectionAnswer = collectionTable.answer('data', 'the collection write');

export const collectionField = () =>
  f.id({ label: 'Collection', required: true, dynamic: 'productCollectionDropdown.id.name', helpText: 'The product collection (store category). Pick one, or map a Collection ID.' });
