import { relationTrigger } from './relation-event';

/** Relation Deleted (Instant): HighLevel's RelationDelete event, delivered by the relay. */
export default relationTrigger({
  key: 'relationDeletedInstant',
  label: 'Relation Deleted (Instant)',
  description: 'Triggers when the link between two records is removed, optionally only for one association.',
  eventType: 'RelationDelete',
});
