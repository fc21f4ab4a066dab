import { couponCases } from '../cases/coupons';
import { runTable } from '../support/table';

runTable('Coupons', couponCases);
