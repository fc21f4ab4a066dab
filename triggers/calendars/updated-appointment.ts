import { changeId, defineListTrigger } from '../../src/operation';
import {
  appointmentVersion,
  aroundNow,
  CHANGED_WINDOW,
  eventList,
  eventOutputFields,
  eventOwnerInputs,
  eventSample,
  eventsEndpoint,
  eventsQuery,
  flattenEvent,
  newestBy,
} from '../../src/records/appointment';

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
  output: (events) => events.map((e) => ({ ...flattenEvent(e), appointmentId: e.id, id: changeId(e.id, appointmentVersion(e)) })),
  sample: { ...eventSample, appointmentId: eventSample.id, id: changeId(String(eventSample.id), String(eventSample.dateUpdated)) },
  outputFields: [
    { key: 'id', label: 'Change ID (appointment ID and update time)' },
    { key: 'appointmentId', label: 'Appointment ID' },
    ...eventOutputFields.filter((o) => o.key !== 'id'),
  ],
});
