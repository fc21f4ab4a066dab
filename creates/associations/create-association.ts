import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { associationAnswer, associationShape } from '../../src/records/association';

/** Create Association: a USER_DEFINED link type between two objects (contact-contact, contact-custom object, ...). */
export default defineAction({
  key: 'createAssociation',
  noun: 'Association',
  label: 'Create Association',
  description: 'Creates an association (a link type) between two objects, e.g. contacts and a custom object "Pets", with a label for each side.',
  endpoint: endpoint('POST', '/associations/', '2021-07-28', ['associations.write']),
  inputs: {
    key: f.text({ label: 'Key', required: true, helpText: 'A unique key for the association, e.g. pet_owner.' }),
    firstObjectKey: f.text({ label: 'First Object Key', required: true, helpText: 'The first object: contact or custom_objects.<name>, e.g. custom_objects.pets.' }),
    firstObjectLabel: f.text({ label: 'First Object Label', required: true, helpText: 'What a first-object record is called in this link, e.g. Pet.' }),
    secondObjectKey: f.text({ label: 'Second Object Key', required: true, helpText: 'The second object: contact or custom_objects.<name>, e.g. contact.' }),
    secondObjectLabel: f.text({ label: 'Second Object Label', required: true, helpText: 'What a second-object record is called in this link, e.g. Owner.' }),
  },
  request: (input, { bundle }) => ({ body: { locationId: locationId(bundle), ...input } }),
  output: associationAnswer,
  ...associationShape,
});
