import type { Trigger } from 'zapier-platform-core';

/** The Invoices & Payments triggers (beyond the catalog). */
export const payments: Trigger[] = [];
