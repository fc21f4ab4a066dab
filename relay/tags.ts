/**
 * The contact tag diff. HighLevel's contact events (ContactCreate, ContactUpdate, ContactTagUpdate,
 * ContactDelete) carry only the contact's CURRENT `tags`; the Zapier triggers Tag Added / Tag
 * Removed need what changed. The relay keeps the last tags it saw per (location, contact) and, in
 * the transaction that stores an event, diffs the event's tags against them and stores the diff
 * WITH the event (relay_events.tag_diff), so every delivery of it (retries included) and the
 * recent-events read carry the same `tagsAdded` / `tagsRemoved`.
 *
 * Rules (README, "Relay": the tag diff):
 * - Case-insensitive ("VIP" -> "vip" is no change); added tags are reported as the event spells
 *   them, removed ones as the last-seen set spelled them.
 * - ContactTagUpdate always carries the diff (empty lists when nothing changed). ContactCreate and
 *   ContactUpdate carry it only when it is not empty; a ContactUpdate of a contact never seen
 *   before only records its tags (it is no evidence of a tag change).
 * - First sight (no last-seen set): ContactCreate and ContactTagUpdate count every current tag as
 *   added, none as removed (so the first tag change after install may over-report).
 * - Order: an event older than the last-seen set (its own time: `timestamp`, else `dateUpdated`,
 *   else when the relay received it) does not replace it and reports no change (a newer event
 *   already reported the net change).
 * - ContactDelete clears the set (the row keeps only the ids and the time, so a late older event
 *   cannot bring the tags back); UNINSTALL removes the location's rows; the retention purge removes
 *   rows not touched for `RELAY_RETENTION_HOURS` (tags are personal data).
 */
import type { Payload } from './routing';

export interface TagDiff {
  tagsAdded: string[];
  tagsRemoved: string[];
}

/** The last tags seen for a contact; `tags: null` = deleted (or only a placeholder). */
export interface LastSeen {
  tags: string[] | null;
  /** The time of the event that set them (epoch ms). */
  at: number;
}

/** What one stored event says about a contact's tags. */
export interface TagSighting {
  locationId: string;
  contactId: string;
  /** The current tags; null for a ContactDelete. */
  tags: string[] | null;
  at: number;
  /** always: ContactTagUpdate; changed: only a non-empty diff; never: ContactDelete. */
  report: 'always' | 'changed' | 'never';
  /** With no last-seen set, count the current tags as added (Create, TagUpdate) or only record them (Update). */
  firstSightAdds: boolean;
}

export interface SightingPlan {
  /** The new last-seen set, or null to leave the stored one (an older event). */
  write: LastSeen | null;
  /** The diff stored with the event, or null for none. */
  diff: TagDiff | null;
}

const RULES: Record<string, Pick<TagSighting, 'report' | 'firstSightAdds'>> = {
  ContactCreate: { report: 'changed', firstSightAdds: true },
  ContactUpdate: { report: 'changed', firstSightAdds: false },
  ContactTagUpdate: { report: 'always', firstSightAdds: true },
  ContactDelete: { report: 'never', firstSightAdds: false },
};

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The event's own time: HighLevel's `timestamp` (ISO, or epoch s/ms), else `dateUpdated`, else `fallback`. */
export function eventTime(p: Payload, fallback: number): number {
  for (const v of [p.timestamp, p.dateUpdated]) {
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v < 1e12 ? v * 1000 : v;
    const t = text(v) ? Date.parse(String(v)) : NaN;
    if (Number.isFinite(t)) return t;
  }
  return fallback;
}

/** Tags without repeats (any case), first spelling kept; non-text and empty entries dropped. */
export function uniqueTags(tags: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    const s = text(t);
    if (!s || seen.has(s.toLowerCase())) continue;
    seen.add(s.toLowerCase());
    out.push(s);
  }
  return out;
}

/** The sighting a contact event gives, or undefined (another event, no location or id, no `tags`). */
export function sightingOf(type: string, p: Payload, receivedAt: number): TagSighting | undefined {
  const rule = RULES[type];
  const locationId = text(p.locationId);
  const contactId = text(p.id) ?? text(p.contactId);
  if (!rule || !locationId || !contactId) return undefined;
  const at = eventTime(p, receivedAt);
  if (type === 'ContactDelete') return { locationId, contactId, tags: null, at, ...rule };
  if (!Array.isArray(p.tags)) return undefined;
  return { locationId, contactId, tags: uniqueTags(p.tags), at, ...rule };
}

export function diffTags(before: readonly string[], after: readonly string[]): TagDiff {
  const lower = (xs: readonly string[]) => new Set(xs.map((t) => t.toLowerCase()));
  const b = lower(before);
  const a = lower(after);
  return { tagsAdded: after.filter((t) => !b.has(t.toLowerCase())), tagsRemoved: before.filter((t) => !a.has(t.toLowerCase())) };
}

/** What to store for a sighting, given the contact's last-seen set (undefined or tags null: none). */
export function planSighting(last: LastSeen | undefined, s: TagSighting): SightingPlan {
  const none: TagDiff = { tagsAdded: [], tagsRemoved: [] };
  if (last && s.at < last.at) return { write: null, diff: s.report === 'always' ? none : null };
  const write: LastSeen = { tags: s.tags, at: s.at };
  if (s.tags === null || s.report === 'never') return { write, diff: null };
  const known = last?.tags ?? null;
  if (known === null && !s.firstSightAdds) return { write, diff: null };
  const diff = diffTags(known ?? [], s.tags);
  const changed = diff.tagsAdded.length > 0 || diff.tagsRemoved.length > 0;
  return { write, diff: s.report === 'always' || changed ? diff : null };
}

/** A stored event as delivered (and listed and filtered): HighLevel's payload, plus the diff when there is one. */
export function deliveredEvent(payload: string, tagDiff: TagDiff | null): Payload {
  const parsed: Payload = JSON.parse(payload);
  return tagDiff ? { ...parsed, tagsAdded: tagDiff.tagsAdded, tagsRemoved: tagDiff.tagsRemoved } : parsed;
}

/** The delivered body: the bytes HighLevel sent when there is no diff. */
export function deliveredBody(payload: string, tagDiff: TagDiff | null): string {
  return tagDiff ? JSON.stringify(deliveredEvent(payload, tagDiff)) : payload;
}
