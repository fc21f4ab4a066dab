import type { EventType } from '../../../relay/contract';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { f } from '../../../src/fields';
import { relationOutputs, relationTable } from '../../../src/records/association';

/**
 * The relation triggers (RelationCreate / RelationDelete: two records linked or unlinked through
 * an association), optionally for one association (the relay's `associationId` filter). The
 * relations API lists a record's relations only, so samples are the relay's recent events.
 */
export const relationTrigger = (o: { key: string; label: string; description: string; eventType: EventType }) =>
  defineHookTrigger({
    key: o.key,
    noun: 'Relation',
    label: o.label,
    description: o.description,
    eventTypes: [o.eventType],
    inputs: {
      associationId: f.id({
        label: 'Association',
        dynamic: 'associationDropdown.id.name',
        helpText: 'Only links of this association (e.g. Pet Owner). Pick one, or map an Association ID. Leave empty for every association.',
      }),
    },
    filters: (i) => ({ associationId: i.associationId }),
    ...relationOutputs,
    records: eventRecords(relationTable.parse),
  });
