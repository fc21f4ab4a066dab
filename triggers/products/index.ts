import type { Trigger } from 'zapier-platform-core';
import productPriceDropdown from '../dropdowns/product-prices';
import productCollectionDropdown from '../dropdowns/product-collections';
import productDropdown from '../dropdowns/products';
import productReviewDropdown from '../dropdowns/product-reviews';
import newProduct from './new-product';
import newProductReview from './new-product-review';
import updatedProduct from './updated-product';

/** The Products triggers, then their hidden dropdown sources. */
export const products: Trigger[] = [newProduct, updatedProduct, newProductReview, productDropdown, productPriceDropdown, productCollectionDropdown, productReviewDropdown];
