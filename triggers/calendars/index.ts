import type { Trigger } from 'zapier-platform-core';

/** The Calendars & Appointments triggers (in the order the README table shows them). */
export const calendars: Trigger[] = [];
