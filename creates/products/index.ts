import type { Create } from 'zapier-platform-core';
import createProduct from './create-product';
import createProductCollection from './create-product-collection';
import createProductPrice from './create-product-price';
import deleteProductCollection from './delete-product-collection';
import deleteProduct from './delete-product';
import deleteProductPrice from './delete-product-price';
import updateProduct from './update-product';
import updateProductInventory from './update-product-inventory';
import deleteProductReview from './delete-product-review';
import updateProductCollection from './update-product-collection';
import updateProductPrice from './update-product-price';
import updateProductReview from './update-product-review';

/** The Products actions. */
export const products: Create[] = [createProduct, updateProduct, deleteProduct, createProductPrice, updateProductInventory, deleteProductPrice, createProductCollection, deleteProductCollection, updateProductPrice, updateProductCollection, updateProductReview, deleteProductReview];
