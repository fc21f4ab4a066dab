import type { Search } from 'zapier-platform-core';
import findInvoice from './find-invoice';
import getInvoice from './get-invoice';
import findRecurringInvoice from './find-recurring-invoice';
import getRecurringInvoice from './get-recurring-invoice';

/** The Invoices searches (in the order the README table shows them). */
export const invoices: Search[] = [findInvoice, getInvoice, findRecurringInvoice, getRecurringInvoice];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};
