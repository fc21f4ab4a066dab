import type { RelayEvent } from '../../../relay/contract';
import type { Flat } from '../../../src/operation';
import { contactOutputs, contactTable } from '../../../src/records/contact';

type Side = 'tagsAdded' | 'tagsRemoved';
const tagsOf = (event: RelayEvent, side: Side): string[] => {
  const v = event[side];
  return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
};

/**
 * Tag Added / Removed: ContactTagUpdate carries only the current tags; the relay adds what changed
 * (`tagsAdded`, `tagsRemoved`) from the last tags it saw for the contact. The trigger fires only
 * when its side changed (and, with a Tag set, when that tag is among them, any case).
 */
export const tagChange = (side: Side) => ({
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
