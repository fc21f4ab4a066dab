/** The tag diff's rules (relay/tags.ts) and the tagChange filter (routing.ts), without a store. */
import { matchesFilters } from '../routing';
import { deliveredBody, diffTags, eventTime, planSighting, sightingOf, type TagSighting } from '../tags';

const T0 = Date.parse('2026-11-30T10:00:00.000Z');
const sighting = (over: Partial<TagSighting> & Pick<TagSighting, 'tags'>): TagSighting =>
  ({ locationId: 'L1', contactId: 'c1', at: T0, report: 'always', firstSightAdds: true, ...over });

describe('tag diff rules', () => {
  test('added and removed, case-insensitively, in HighLevel\'s spelling', () => {
    expect(diffTags(['Lead', 'VIP'], ['vip', 'Customer'])).toEqual({ tagsAdded: ['Customer'], tagsRemoved: ['Lead'] });
    expect(diffTags(['VIP'], ['vip'])).toEqual({ tagsAdded: [], tagsRemoved: [] });
    expect(diffTags([], ['a', 'b'])).toEqual({ tagsAdded: ['a', 'b'], tagsRemoved: [] });
  });

  test('a contact event gives a sighting of its location, id, tags (repeats and non-text dropped) and own time', () => {
    const p = { type: 'ContactTagUpdate', locationId: 'L1', id: 'c1', tags: ['VIP', 'vip', '', 7, 'Lead'], timestamp: '2026-11-30T10:00:00.000Z' };
    expect(sightingOf('ContactTagUpdate', p, 1)).toEqual({ locationId: 'L1', contactId: 'c1', tags: ['VIP', 'Lead'], at: T0, report: 'always', firstSightAdds: true });
    expect(sightingOf('ContactUpdate', p, 1)).toMatchObject({ report: 'changed', firstSightAdds: false });
    expect(sightingOf('ContactCreate', p, 1)).toMatchObject({ report: 'changed', firstSightAdds: true });
    expect(sightingOf('ContactDelete', p, 1)).toMatchObject({ tags: null, report: 'never' });
    // No tags (an Update of other fields), no location, no id, not a contact event: nothing to record.
    expect(sightingOf('ContactUpdate', { ...p, tags: undefined }, 1)).toBeUndefined();
    expect(sightingOf('ContactTagUpdate', { ...p, locationId: undefined }, 1)).toBeUndefined();
    expect(sightingOf('ContactTagUpdate', { ...p, id: undefined }, 1)).toBeUndefined();
    expect(sightingOf('ContactDndUpdate', p, 1)).toBeUndefined();
    expect(sightingOf('OpportunityUpdate', p, 1)).toBeUndefined();
  });

  test('the event time: timestamp (ISO or epoch), else dateUpdated, else when received', () => {
    expect(eventTime({ timestamp: '2026-11-30T10:00:00.000Z', dateUpdated: '2020-01-01T00:00:00Z' }, 5)).toBe(T0);
    expect(eventTime({ timestamp: T0 / 1000 }, 5)).toBe(T0);
    expect(eventTime({ timestamp: T0 }, 5)).toBe(T0);
    expect(eventTime({ timestamp: 'soon', dateUpdated: '2026-11-30T10:00:00.000Z' }, 5)).toBe(T0);
    expect(eventTime({}, 5)).toBe(5);
  });

  test('first sight: Create and TagUpdate count every tag as added; an Update only records them', () => {
    expect(planSighting(undefined, sighting({ tags: ['a', 'b'] }))).toEqual({ write: { tags: ['a', 'b'], at: T0 }, diff: { tagsAdded: ['a', 'b'], tagsRemoved: [] } });
    expect(planSighting(undefined, sighting({ tags: ['a'], report: 'changed' }))).toEqual({ write: { tags: ['a'], at: T0 }, diff: { tagsAdded: ['a'], tagsRemoved: [] } });
    expect(planSighting(undefined, sighting({ tags: ['a'], report: 'changed', firstSightAdds: false }))).toEqual({ write: { tags: ['a'], at: T0 }, diff: null });
    // A row just created to lock, or one cleared by a delete, is no history either.
    expect(planSighting({ tags: null, at: -1 }, sighting({ tags: ['a'] })).diff).toEqual({ tagsAdded: ['a'], tagsRemoved: [] });
  });

  test('TagUpdate always carries the diff; Create/Update only when a tag changed', () => {
    const last = { tags: ['VIP'], at: T0 - 1000 };
    expect(planSighting(last, sighting({ tags: ['vip'] })).diff).toEqual({ tagsAdded: [], tagsRemoved: [] });
    expect(planSighting(last, sighting({ tags: ['vip'] })).write).toEqual({ tags: ['vip'], at: T0 });
    expect(planSighting(last, sighting({ tags: ['vip'], report: 'changed', firstSightAdds: false })).diff).toBeNull();
    expect(planSighting(last, sighting({ tags: [], report: 'changed', firstSightAdds: false })).diff).toEqual({ tagsAdded: [], tagsRemoved: ['VIP'] });
  });

  test('an older event neither replaces the set nor reports; a delete clears it', () => {
    const last = { tags: ['a', 'b'], at: T0 };
    expect(planSighting(last, sighting({ tags: ['a'], at: T0 - 1 }))).toEqual({ write: null, diff: { tagsAdded: [], tagsRemoved: [] } });
    expect(planSighting(last, sighting({ tags: ['a'], at: T0 - 1, report: 'changed' }))).toEqual({ write: null, diff: null });
    // The same instant is not older: it applies.
    expect(planSighting(last, sighting({ tags: ['a'], at: T0 })).diff).toEqual({ tagsAdded: [], tagsRemoved: ['b'] });
    expect(planSighting(last, sighting({ tags: null, at: T0 + 1, report: 'never', firstSightAdds: false }))).toEqual({ write: { tags: null, at: T0 + 1 }, diff: null });
  });

  test('the delivered body is the bytes received, or the event with the diff', () => {
    const raw = '{"type":"ContactTagUpdate", "id":"c1","tags":["a"]}';
    expect(deliveredBody(raw, null)).toBe(raw);
    expect(JSON.parse(deliveredBody(raw, { tagsAdded: ['a'], tagsRemoved: [] }))).toEqual({ type: 'ContactTagUpdate', id: 'c1', tags: ['a'], tagsAdded: ['a'], tagsRemoved: [] });
  });
});

describe('tagChange filter', () => {
  const event = { type: 'ContactTagUpdate', tags: ['Lead', 'VIP'], tagsAdded: ['VIP'], tagsRemoved: ['Old'] };
  test('a side with a change passes; with a tag, that tag must be among the changed ones (any case)', () => {
    expect(matchesFilters(event, { tagChange: 'added' })).toBe(true);
    expect(matchesFilters(event, { tagChange: 'added', tag: 'vip' })).toBe(true);
    expect(matchesFilters(event, { tagChange: 'added', tag: 'lead' })).toBe(false);
    expect(matchesFilters(event, { tagChange: 'removed', tag: 'OLD' })).toBe(true);
    expect(matchesFilters(event, { tagChange: 'removed', tag: 'VIP' })).toBe(false);
    expect(matchesFilters({ ...event, tagsRemoved: [] }, { tagChange: 'removed' })).toBe(false);
    // No diff on the event (another event type, or an Update without a tag change): no match.
    expect(matchesFilters({ type: 'ContactUpdate', tags: ['VIP'] }, { tagChange: 'added' })).toBe(false);
    // Without tagChange, tag still means the contact has it.
    expect(matchesFilters(event, { tag: 'lead' })).toBe(true);
  });
});
