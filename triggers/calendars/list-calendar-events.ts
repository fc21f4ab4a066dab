import { defineListTrigger } from '../../src/operation';
import { bookedEventList, bookedEventOutputs, eventOwnerInputs, eventsEndpoint, eventsQuery, eventWindowInputs, eventWindowSpec, newestBy } from '../../src/records/event';
import { resolveWindow } from '../../src/time';

/**
 * List Calendar Events: the events of a calendar, group or user whose start lies in the window
 * (default: 7 days ago to 180 days ahead, moving with each poll), newest booking first, so each
 * new event fires once. Window bounds are sent as epoch ms; the endpoint has no paging. Output as the
 * appointment triggers': with the contact's name, email and phone, calendar and assignee names.
 */
export default defineListTrigger({
  key: 'listCalendarEvents',
  noun: 'Event',
  label: 'List Calendar Events',
  description: 'Triggers when a new event is scheduled in the time range of a calendar, calendar group or user.',
  endpoint: eventsEndpoint,
  inputs: { ...eventOwnerInputs, ...eventWindowInputs },
  request: (input, { bundle }) => eventsQuery(bundle, input, resolveWindow(input.startTime, input.endTime, eventWindowSpec)),
  records: (body) => newestBy('dateAdded')(bookedEventList(body)),
  ...bookedEventOutputs,
});
