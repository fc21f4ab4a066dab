import { productCases } from '../cases/products';
import { runTable } from '../support/table';

runTable('Products', productCases);
