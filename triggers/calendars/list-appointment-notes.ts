import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { appointmentCalendarField, appointmentField } from '../../src/records/appointment-inputs';
import { appointmentNoteList, appointmentNoteOutputs, NOTES_PAGE } from '../../src/records/appointment-note';

const More = z.object({ hasMore: z.boolean().nullish() });

/**
 * List Appointment Notes: fires once for each new note of the appointment. The endpoint takes
 * `limit` (at most 20) and `offset`, both required, and says `hasMore`; pages follow until the
 * poll is full (the shared pager stops at 10 pages).
 */
export default defineListTrigger({
  key: 'listAppointmentNotes',
  noun: 'Note',
  label: 'List Appointment Notes',
  description: 'Triggers when a new note is added to the appointment you choose.',
  endpoint: endpoint('GET', '/calendars/appointments/{appointmentId}/notes', '2021-04-15', ['calendars/events.readonly']),
  inputs: { calendarId: appointmentCalendarField(), appointmentId: appointmentField() },
  request: (_input, { bundle }) => ({ query: { limit: Math.min(pollLimit(bundle), NOTES_PAGE), offset: 0 } }),
  paging: {
    next: (body, current, page) =>
      More.safeParse(body).data?.hasMore ? { ...current, query: { ...current.query, offset: page.itemsSoFar } } : null,
  },
  records: appointmentNoteList,
  ...appointmentNoteOutputs,
});
