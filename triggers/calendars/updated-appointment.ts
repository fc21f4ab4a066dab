import { changeId, defineListTrigger } from '../../src/operation';
import { appointmentVersion, aroundNow, CHANGED_WINDOW, bookedEventList, bookedEventOutputs, eventOwnerInputs, eventsEndpoint, eventsQuery, newestBy } from '../../src/records/event';

/**
 * Updated Appointment: appointments of a calendar, group or user starting from 30 days ago to
 * 180 days ahead (shows and no-shows are marked after the appointment), most recently updated
 * first (sorted client-side; the endpoint has no sort). The dedupe id is the appointment id plus
 * its `dateUpdated` (or, when HighLevel gives none, a fingerprint of status, start and end), so
 * each change (status, reschedule) fires once; the appointment's own id stays in `appointmentId`.
 */
export default defineListTrigger({
  key: 'updatedAppointment',
  noun: 'Appointment',
  label: 'Updated Appointment',
  description: 'Triggers when an appointment is booked or changed (status, time, details), once per change.',
  endpoint: eventsEndpoint,
  inputs: eventOwnerInputs,
  request: (input, { bundle }) => eventsQuery(bundle, input, aroundNow(CHANGED_WINDOW)),
  records: (body) => newestBy('dateUpdated')(bookedEventList(body)),
  output: async (events, ctx) =>
    (await bookedEventOutputs.output(events, ctx)).map((flat, i) => ({ ...flat, appointmentId: flat.id, id: changeId(String(flat.id), appointmentVersion(events[i]!)) })),
  sample: { ...bookedEventOutputs.sample, appointmentId: bookedEventOutputs.sample.id, id: changeId(String(bookedEventOutputs.sample.id), String(bookedEventOutputs.sample.dateUpdated)) },
  outputFields: [
    { key: 'id', label: 'Change ID (appointment ID and update time)' },
    { key: 'appointmentId', label: 'Appointment ID' },
    ...bookedEventOutputs.outputFields.filter((o) => o.key !== 'id'),
  ],
});
