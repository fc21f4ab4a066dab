import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { associationField, associationOutputs, associationRecord, getAssociationEndpoint } from '../../src/records/association';

/** Get Association: watches one association; fires when first seen and again when its labels change (content fingerprint). */
export default defineRecordTrigger({
  key: 'getAssociation',
  noun: 'Association',
  label: 'Get Association',
  description: 'Triggers when the association you choose is first seen and again whenever it changes (e.g. its labels).',
  endpoint: getAssociationEndpoint,
  inputs: { associationId: associationField('The association to watch. Pick one, or map an Association ID from an earlier step.') },
  record: associationRecord,
  ...associationOutputs,
  recordIdKey: 'associationId',
  recordIdLabel: 'Association ID',
  version: fingerprint,
});
