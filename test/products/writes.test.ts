import { fulfillmentCases, orderPaymentCases, productWriteCases } from '../cases/products-writes';
import { runTable } from '../support/table';

runTable('Products: price, collection and review writes', productWriteCases);
runTable('Record Order Payment', orderPaymentCases);
runTable('Order fulfillments', fulfillmentCases);
