import { defineListTrigger } from '../../src/operation';
import { aroundNow, BOOKED_WINDOW, bookedEventList, bookedEventOutputs, eventOwnerInputs, eventsEndpoint, eventsQuery, newestBy } from '../../src/records/event';

/**
 * New Appointment: appointments of a calendar, group or user, newest booking first.
 * GET /calendars/events filters by START time (epoch ms) and has no sort or paging: one request
 * asks for appointments starting from 7 days ago to 180 days ahead, sorts them by `dateAdded`
 * (when booked) descending client-side and keeps the poll limit. Zapier dedupes on the
 * appointment id, so each booking fires once. An appointment booked for more than 180 days ahead
 * is seen once its start comes within the window.
 */
export default defineListTrigger({
  key: 'newAppointment',
  noun: 'Appointment',
  label: 'New Appointment',
  description: 'Triggers when an appointment is booked in a calendar (or for a user), with its contact, time and status.',
  endpoint: eventsEndpoint,
  inputs: eventOwnerInputs,
  request: (input, { bundle }) => eventsQuery(bundle, input, aroundNow(BOOKED_WINDOW)),
  records: (body) => newestBy('dateAdded')(bookedEventList(body)),
  ...bookedEventOutputs,
});
