/**
 * Bounds of one poll that reads more than one page. Zapier runs at most 100 new items per poll and
 * holds the rest for the user to confirm and replay (it does not drop them: FACTS.md, "Zapier's
 * limits"), so a poll returns every new item it finds, up to `maxItems`; what bounds the reading
 * is the step's time (a page starts only while a whole request still fits, ./pages.ts), the item
 * cap (a few thousand flat records stay well inside the size of an answer Zapier accepts) and a
 * page bound as a last backstop.
 */
export const pollReadLimits = {
  /** Most items one poll returns (and reads, for windows). */
  maxItems: 2_000,
  /** Most pages one poll requests. */
  maxPages: 40,
  /**
   * A newest-first list is read past its first page only while the whole page is newer than this:
   * far longer than Zapier's slowest polling interval (15 minutes) plus HighLevel's search-index
   * lag (seconds), so a burst (an import of 1,000 contacts) between two polls is read in full,
   * while an idle poll stays one request unless a full page arrived in the last hour.
   */
  recentHorizonMs: 3_600_000,
} as const;
