import { relationTrigger } from './relation-event';

/** Relation Created (Instant): HighLevel's RelationCreate event, delivered by the relay. */
export default relationTrigger({
  key: 'relationCreatedInstant',
  label: 'Relation Created (Instant)',
  description: 'Triggers when two records are linked through an association (e.g. a pet to its owner), optionally only for one association.',
  eventType: 'RelationCreate',
});
