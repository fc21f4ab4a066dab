import type { RelayEvent, SubscriptionFilters, TagChange } from '../../../relay/contract';
import type { Flat } from '../../../src/operation';
import { contactOutputs, contactTable } from '../../../src/records/contact';

type Side = 'tagsAdded' | 'tagsRemoved';
const tagsOf = (event: RelayEvent, side: Side): string[] => {
  const v = event[side];
  return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
};
const CHANGE: Record<Side, TagChange> = { tagsAdded: 'added', tagsRemoved: 'removed' };

/**
 * Tag Added / Removed: HighLevel's contact events carry only the current tags; the relay adds what
 * changed (`tagsAdded`, `tagsRemoved`) against the last tags it saw for the contact (relay/tags.ts)
 * and routes an event to the trigger's subscriptions only when its side changed, the Tag input
 * among the changed tags when set (the `tagChange` filter). A tag change may reach the relay as a
 * ContactTagUpdate or a ContactUpdate (a new contact's tags: ContactCreate); whichever comes first
 * carries the diff and the others none, so the trigger subscribes to each and fires once.
 * `accept` checks the same again (a subscription made before the relay had the filter).
 */
export const tagChange = (side: Side) => ({
  filters: (i: { tag?: string }): SubscriptionFilters => ({ tag: i.tag, tagChange: CHANGE[side] }),
  accept: (event: RelayEvent, input: { tag?: string }): boolean => {
    const changed = tagsOf(event, side).map((t) => t.toLowerCase());
    return input.tag ? changed.includes(input.tag.toLowerCase()) : changed.length > 0;
  },
  extra: (event: RelayEvent): Flat => ({ tagsAdded: tagsOf(event, 'tagsAdded'), tagsRemoved: tagsOf(event, 'tagsRemoved') }),
});

export const tagChangeOutputs = {
  ...contactOutputs,
  sample: { ...contactTable.sample, tagsAdded: ['postcard'], tagsRemoved: [] },
  outputFields: [...contactTable.outputFields, { key: 'tagsAdded', label: 'Tags Added' }, { key: 'tagsRemoved', label: 'Tags Removed' }],
};
