import type { Search } from 'zapier-platform-core';
import findProduct from './find-product';
import getProduct from './get-product';
import getProductPrice from './get-product-price';
import getProductCollection from './get-product-collection';

/** The Products searches. */
export const products: Search[] = [findProduct, getProduct, getProductPrice, getProductCollection];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {
  findProduct: {
    key: 'findProduct',
    display: { label: 'Find Or Create Product', description: 'Finds a product by its exact name, and creates it when none is found.' },
    search: 'findProduct',
    create: 'createProduct',
  },
};
