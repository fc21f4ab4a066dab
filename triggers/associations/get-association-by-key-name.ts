import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { associationByKeyEndpoint, associationOutputs, associationRecord, keyNameInputs, keyNameQuery } from '../../src/records/association';

/** Get Association Key: watches the association with a key; fires when it first exists and again when it changes. */
export default defineRecordTrigger({
  key: 'getAssociationByKeyName',
  noun: 'Association',
  label: 'Get Association Key',
  description: 'Triggers when an association with the given key name exists (standard or user defined), and again whenever it changes.',
  endpoint: associationByKeyEndpoint,
  inputs: keyNameInputs,
  request: keyNameQuery,
  record: associationRecord,
  ...associationOutputs,
  recordIdKey: 'associationId',
  recordIdLabel: 'Association ID',
  version: fingerprint,
});
