import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { calendarsPickList } from '../../src/records/calendar';
import { resourceAnswer, resourceCounts, resourceDetailInputs, resourceField, resourceOutputs, resourceTypeField } from '../../src/records/calendar-resource';

/** Update Calendar Resource: only the fields filled in are sent; the answer has no id, so the one given is output. */
export default defineAction({
  key: 'updateCalendarResource',
  noun: 'Resource',
  label: 'Update Calendar Resource',
  description: 'Updates a room or equipment: name, counts, linked service calendars, or switches it on or off.',
  endpoint: endpoint('PUT', '/calendars/resources/{resourceType}/{id}', '2021-04-15', ['calendars/resources.write']),
  inputs: {
    resourceType: resourceTypeField(),
    id: resourceField('The room or equipment to change. Pick one, or map a Resource ID.'),
    name: f.text({ label: 'Name', helpText: 'New name. Empty: unchanged.' }),
    description: f.longText({ label: 'Description', helpText: 'New description. Empty: unchanged.' }),
    calendarIds: calendarsPickList(false, 'Service calendars that use it (replaces the current ones). Empty: unchanged.'),
    ...resourceDetailInputs,
    isActive: f.boolean({ label: 'Active', helpText: 'No takes it out of booking altogether. Empty: unchanged.' }),
  },
  request: ({ resourceType, id: _id, ...input }) => {
    const body = { ...input, ...resourceCounts(resourceType, input) };
    if (!Object.values(body).some((v) => v !== undefined)) {
      throw invalidInput({ key: 'name', label: 'Name' }, 'or another field must be filled in: there is nothing to change');
    }
    return { body };
  },
  output: resourceAnswer,
  sample: resourceOutputs.sample,
  outputFields: resourceOutputs.outputFields,
});
