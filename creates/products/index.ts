import type { Create } from 'zapier-platform-core';
import createProduct from './create-product';
import createProductPrice from './create-product-price';
import deleteProduct from './delete-product';
import deleteProductPrice from './delete-product-price';
import updateProduct from './update-product';

/** The Products actions. */
export const products: Create[] = [createProduct, updateProduct, deleteProduct, createProductPrice, deleteProductPrice];
