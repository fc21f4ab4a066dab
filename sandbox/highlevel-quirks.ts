/**
 * HighLevel's real behaviour where it differs from what the specs suggest, in one place, so that
 * when more is learned one edit moves the sandbox (and the tests that run against it).
 *
 * - Lists whose spec has no sort parameter (orders, transactions, subscriptions, form and survey
 *   submissions) are not documented to come back in any order (catalog mapping report, section 7:
 *   "No sort"). The sandbox answers them in an order unrelated to time, stable across pages (by
 *   record id, which is random), so an app that assumes "newest first" is caught by the tests.
 */
export const UNSORTED_LISTS = true;

/** The order of a list HighLevel does not sort: stable across pages, unrelated to time. */
export function unsortedOrder<T>(id: (r: T) => string, newestFirst: (a: T, b: T) => number): (a: T, b: T) => number {
  return UNSORTED_LISTS ? (a, b) => id(a).localeCompare(id(b)) : newestFirst;
}
