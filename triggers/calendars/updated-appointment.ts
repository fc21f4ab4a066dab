import { changeId, defineListTrigger } from '../../src/operation';
import { appointmentVersion, aroundNow, CHANGED_WINDOW, eventList, eventOutputs, eventOwnerInputs, eventsEndpoint, eventsQuery, newestBy } from '../../src/records/event';

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
  records: (body) => newestBy('dateUpdated')(eventList(body)),
  output: async (events, ctx) =>
    (await eventOutputs.output(events, ctx)).map((flat, i) => ({ ...flat, appointmentId: flat.id, id: changeId(String(flat.id), appointmentVersion(events[i]!)) })),
  sample: { ...eventOutputs.sample, appointmentId: eventOutputs.sample.id, id: changeId(String(eventOutputs.sample.id), String(eventOutputs.sample.dateUpdated)) },
  outputFields: [
    { key: 'id', label: 'Change ID (appointment ID and update time)' },
    { key: 'appointmentId', label: 'Appointment ID' },
    ...eventOutputs.outputFields.filter((o) => o.key !== 'id'),
  ],
});
