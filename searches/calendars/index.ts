import type { Search } from 'zapier-platform-core';
import findAvailabilitySchedule from './find-availability-schedule';
import getAvailabilitySchedule from './get-availability-schedule';
import getAppointment from './get-appointment';
import getCalendar from './get-calendar';
import getCalendarNotification from './get-calendar-notification';
import getCalendarResource from './get-calendar-resource';
import getFreeSlots from './get-free-slots';
import validateGroupSlug from './validate-group-slug';

/** The Calendars & Appointments searches (in the order the README table shows them). */
export const calendars: Search[] = [validateGroupSlug, getCalendar, getFreeSlots, getAppointment, getCalendarNotification, getCalendarResource, findAvailabilitySchedule, getAvailabilitySchedule];

/** Search-or-create pairs of this category (key = the search's key): none, its lookups are by ID. */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};
