import type { Create } from 'zapier-platform-core';
import addCalendarToAvailabilitySchedule from './add-calendar-to-availability-schedule';
import createAvailabilitySchedule from './create-availability-schedule';
import deleteAvailabilitySchedule from './delete-availability-schedule';
import removeCalendarFromAvailabilitySchedule from './remove-calendar-from-availability-schedule';
import updateAvailabilitySchedule from './update-availability-schedule';
import createAppointment from './create-appointment';
import createAppointmentNote from './create-appointment-note';
import createBlockSlot from './create-block-slot';
import createCalendar from './create-calendar';
import createCalendarGroup from './create-calendar-group';
import createCalendarNotification from './create-calendar-notification';
import createCalendarResource from './create-calendar-resource';
import deleteAppointmentNote from './delete-appointment-note';
import deleteCalendar from './delete-calendar';
import deleteCalendarGroup from './delete-calendar-group';
import deleteCalendarResource from './delete-calendar-resource';
import deleteEvent from './delete-event';
import deleteNotification from './delete-notification';
import updateAppointment from './update-appointment';
import updateAppointmentNote from './update-appointment-note';
import updateBlockSlot from './update-block-slot';
import updateCalendar from './update-calendar';
import updateCalendarGroup from './update-calendar-group';
import updateCalendarResource from './update-calendar-resource';
import updateGroupStatus from './update-group-status';
import updateNotification from './update-notification';

/** The Calendars & Appointments creates (in the order the README table shows them). */
export const calendars: Create[] = [
  createCalendarGroup,
  updateCalendarGroup,
  updateGroupStatus,
  deleteCalendarGroup,
  createCalendar,
  updateCalendar,
  deleteCalendar,
  createAppointment,
  updateAppointment,
  deleteEvent,
  createBlockSlot,
  updateBlockSlot,
  createAppointmentNote,
  updateAppointmentNote,
  deleteAppointmentNote,
  createCalendarNotification,
  updateNotification,
  deleteNotification,
  createCalendarResource,
  updateCalendarResource,
  deleteCalendarResource,
  createAvailabilitySchedule,
  updateAvailabilitySchedule,
  addCalendarToAvailabilitySchedule,
  removeCalendarFromAvailabilitySchedule,
  deleteAvailabilitySchedule,
];
