import type { Call, Case } from '../support/table';

/**
 * Builders of the cases the tables repeat: input refused before any request, a GET answered with
 * a body or HighLevel's 404, and a record watched by ID (trigger) and found by ID (search). Each
 * spells out the same exact request and output the case would state by hand.
 */

/** Bad input: nothing is sent, and the error names the field. */
export const refused = (name: string, op: Case['op'], input: Record<string, unknown>, error: RegExp): Case => ({ name, op, input, calls: [], error });

/** One GET of `path`, answered `body`. */
export const getCall = (path: string, version: Call['version'], body: unknown): Call => ({ method: 'GET', path, version, reply: { body } });

/** HighLevel's 404 answer, with its message. */
export const notFoundReply = (message: string) => ({ status: 404, body: { statusCode: 404, message } });

/** A lookup of a record HighLevel does not have (404): no result, not an error. */
export const noResult = (name: string, op: Case['op'], input: Record<string, unknown>, path: string, version: Call['version'], message: string): Case => ({
  name,
  op,
  input,
  calls: [{ method: 'GET', path, version, reply: notFoundReply(message) }],
  output: [],
});

/** A watched record's id: the record id and a fingerprint of its content (records with no update time). */
export const fingerprinted = (id: string) => expect.stringMatching(new RegExp(`^${id}:[0-9a-f]{12}$`));

export interface WatchedAndFound {
  /** The trigger's case name, then the search's. */
  names: [watched: string, found: string];
  /** The key both operations share (`getEmailMessage`: triggers.getEmailMessage, searches.getEmailMessage). */
  key: string;
  input: Record<string, string>;
  calls: Call[];
  /** The record's flat output. */
  output: object;
  /** The trigger's extra output: the record id under this key, and as `id` with the fingerprint. */
  idKey: string;
  id: string;
}

/** The same record by ID through its trigger (fires with a change id) and its search (the record as is). */
export const watchedAndFound = ({ names: [watched, found], key, input, calls, output, idKey, id }: WatchedAndFound): Case[] => [
  { name: watched, op: `triggers.${key}`, input, calls, output: [{ ...output, [idKey]: id, id: fingerprinted(id) }] },
  { name: found, op: `searches.${key}`, input, calls, output: [output] },
];
