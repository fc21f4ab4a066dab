import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { appointmentCalendarField, appointmentField } from '../../src/records/appointment-inputs';
import { succeededOf } from '../../src/records/result';

/**
 * Delete Event: DELETE /calendars/events/{eventId} removes an appointment or a blocked slot.
 * The spec declares a request body (DeleteAppointmentSchema) with no fields: `{}` is sent.
 */
export default defineAction({
  key: 'deleteCalendarEvent',
  noun: 'Event',
  label: 'Delete Event',
  description: 'Deletes an event (an appointment or blocked time) permanently from the calendar. This cannot be undone.',
  endpoint: endpoint('DELETE', '/calendars/events/{eventId}', '2021-04-15', ['calendars/events.write']),
  inputs: {
    calendarId: appointmentCalendarField(),
    eventId: appointmentField('The event to delete (for a whole recurring series, its master event ID). Pick an appointment, or map an Event ID.'),
  },
  request: () => ({ body: {} }),
  output: (body, { input }) => ({ eventId: input.eventId, succeeded: succeededOf(body) }),
  sample: { eventId: 'YS3jaqqeehkR2Is80miy', succeeded: true },
  outputFields: [
    { key: 'eventId', label: 'Deleted Event ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
