import type { Case } from '../support/table';
import { apiRequestCases } from './api-request';
import { calendarCases } from './calendars';
import { contactCases } from './contacts';
import { couponCases } from './coupons';
import { extraTriggerCases, paymentLookupCases } from './forms-payments-tasks';
import { invoiceCases } from './invoices';
import { sharedCases } from './shared';
import { conversationAndOtherCases } from './conversations-other';
import { pipelineCases } from './opportunities-users-businesses-workflows';
import { customObjectCases } from './custom-objects';
import { locationExtraCases } from './location-extras';
import { messagingCases } from './messaging';
import { productCases } from './products';
import { triggerLinkCases } from './trigger-links';
import { urlRedirectCases } from './url-redirects';
import { funnelCases } from './funnels';
import { proposalCases } from './proposals';
import { customFieldFileCases } from './custom-field-files';
import { snapshotCases } from './snapshots';
import { socialCases } from './social';
import { fulfillmentCases, orderPaymentCases, productWriteCases } from './products-writes';
import { recurringInvoiceCases } from './recurring-invoices';
import { availabilityScheduleCases } from './availability-schedules';

/** Every request table; test/app.test.ts checks that each operation appears in one. */
export const allCases: Case[] = [...contactCases, ...calendarCases, ...pipelineCases, ...conversationAndOtherCases, ...extraTriggerCases, ...sharedCases, ...apiRequestCases, ...customObjectCases, ...locationExtraCases, ...messagingCases, ...invoiceCases, ...productCases, ...paymentLookupCases, ...couponCases, ...triggerLinkCases, ...urlRedirectCases, ...funnelCases, ...proposalCases, ...customFieldFileCases, ...snapshotCases, ...socialCases, ...productWriteCases, ...orderPaymentCases, ...fulfillmentCases, ...recurringInvoiceCases, ...availabilityScheduleCases];
