import type { Trigger } from 'zapier-platform-core';
import availabilityScheduleDropdown from '../dropdowns/availability-schedules';
import appointmentNoteDropdown from '../dropdowns/appointment-notes';
import appointmentDropdown from '../dropdowns/appointments';
import blockedSlotDropdown from '../dropdowns/blocked-slots';
import calendarGroupDropdown from '../dropdowns/calendar-groups';
import calendarNotificationDropdown from '../dropdowns/calendar-notifications';
import calendarResourceDropdown from '../dropdowns/calendar-resources';
import calendarDropdown from '../dropdowns/calendars';
import getAppointment from './get-appointment';
import getCalendar from './get-calendar';
import getCalendarNotification from './get-calendar-notification';
import getCalendarResource from './get-calendar-resource';
import getFreeSlots from './get-free-slots';
import listAppointmentNotes from './list-appointment-notes';
import listBlockedSlots from './list-blocked-slots';
import listCalendarEvents from './list-calendar-events';
import listCalendarGroups from './list-calendar-groups';
import listCalendarNotifications from './list-calendar-notifications';
import listCalendarResources from './list-calendar-resources';
import listCalendars from './list-calendars';
import newAppointment from './new-appointment';
import updatedAppointment from './updated-appointment';

/** The Calendars & Appointments triggers (in the order the README table shows them), then their hidden dropdown sources. */
export const calendars: Trigger[] = [
  newAppointment,
  updatedAppointment,
  listCalendarGroups,
  listCalendars,
  getCalendar,
  getFreeSlots,
  listCalendarEvents,
  listBlockedSlots,
  getAppointment,
  listAppointmentNotes,
  listCalendarNotifications,
  getCalendarNotification,
  listCalendarResources,
  getCalendarResource,
  calendarGroupDropdown,
  calendarDropdown,
  calendarResourceDropdown,
  calendarNotificationDropdown,
  appointmentDropdown,
  appointmentNoteDropdown,
  blockedSlotDropdown,
  availabilityScheduleDropdown,
];
