import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { calendarsPickList } from '../../src/records/calendar';
import { resourceAnswer, resourceCounts, resourceDetailInputs, resourceOutputs, resourceTypeField } from '../../src/records/calendar-resource';

/**
 * Create Calendar Resource: CreateCalendarResourceDTO requires name, description, quantity,
 * outOfService, capacity and calendarIds for both types. Quantity and capacity mean one thing
 * per type (equipment count, room size); empty counts are sent as quantity 1, out of service 0,
 * capacity 1.
 */
export default defineAction({
  key: 'createCalendarResource',
  noun: 'Resource',
  label: 'Create Calendar Resource',
  description: 'Creates a room or a piece of equipment that service calendars book along with appointments.',
  endpoint: endpoint('POST', '/calendars/resources/{resourceType}', '2021-04-15', ['calendars/resources.write']),
  inputs: {
    resourceType: resourceTypeField(),
    name: f.text({ label: 'Name', required: true, helpText: 'Name of the room or equipment, e.g. "Yoga studio".' }),
    description: f.longText({ label: 'Description', required: true, helpText: 'What it is or where it is (HighLevel requires a description).' }),
    calendarIds: calendarsPickList(true, 'Service calendars that use it: one for equipment, one or more for a room.'),
    ...resourceDetailInputs,
  },
  request: (input, { bundle }) => {
    const counts = resourceCounts(input.resourceType, input);
    return {
      body: {
        locationId: locationId(bundle),
        name: input.name,
        description: input.description,
        quantity: counts.quantity ?? 1,
        outOfService: counts.outOfService ?? 0,
        capacity: counts.capacity ?? 1,
        calendarIds: input.calendarIds,
      },
    };
  },
  output: resourceAnswer,
  sample: resourceOutputs.sample,
  outputFields: resourceOutputs.outputFields,
});
