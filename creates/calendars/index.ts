import type { Create } from 'zapier-platform-core';

/** The Calendars & Appointments creates (in the order the README table shows them). */
export const calendars: Create[] = [];
