import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { associationAnswer, associationField, associationShape } from '../../src/records/association';

/** Update Association: its two labels (the spec requires both; keys and objects cannot change). */
export default defineAction({
  key: 'updateAssociation',
  noun: 'Association',
  label: 'Update Association',
  description: 'Updates the labels of both sides of a user-defined association (its key and objects stay).',
  endpoint: endpoint('PUT', '/associations/{associationId}', '2021-07-28', ['associations.write']),
  inputs: {
    associationId: associationField('The association to rename. Pick one, or map an Association ID from an earlier step.'),
    firstObjectLabel: f.text({ label: 'First Object Label', required: true, helpText: 'The new label of the first side, e.g. Pet.' }),
    secondObjectLabel: f.text({ label: 'Second Object Label', required: true, helpText: 'The new label of the second side, e.g. Owner.' }),
  },
  request: ({ firstObjectLabel, secondObjectLabel }) => ({ body: { firstObjectLabel, secondObjectLabel } }),
  output: associationAnswer,
  ...associationShape,
});
