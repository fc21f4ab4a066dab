import type { PlainOutputField, Search, Trigger } from 'zapier-platform-core';
import type { Endpoint } from '../endpoint';
import { f, type FieldSpec } from '../fields';
import { defineListTrigger, defineSearch, type Flat, type Mapper } from '../operation';
import { altLocation } from './window';

/**
 * Orders, transactions and subscriptions by ID (payments.json): each has a dropdown (the
 * location's records from its list, 100 per "load more", with HighLevel's own order: the lists
 * have no sort parameter) and a search (GET .../{id}?altId&altType=location, answered bare; a
 * 404 means no result). One declaration per kind, in triggers/dropdowns/ and searches/payments/.
 */
export interface Kind<R extends { id: string }> {
  /** "order" */
  name: string;
  noun: string;
  /** The path parameter, e.g. orderId. */
  param: string;
  list: Endpoint;
  one: Endpoint;
  records: (body: unknown) => R[];
  record: (body: unknown) => R;
  label: (r: R) => string;
  outputs: { output: Mapper<R>; sample: Flat; outputFields: PlainOutputField[] };
}

const PAGE = 100;
const dropdownKey = (noun: string) => `${noun.charAt(0).toLowerCase()}${noun.slice(1)}Dropdown`;

/** The ID input of a kind: its dropdown, and its search to fill it. */
export const paymentIdField = (noun: string, from: string): FieldSpec<string> =>
  f.id({
    label: noun,
    required: true,
    dynamic: `${dropdownKey(noun)}.id.name`,
    search: `find${noun}.id`,
    helpText: `The ${noun.toLowerCase()}. Pick one of the latest, or map its ID from an earlier step (e.g. ${from}).`,
  });

export function paymentDropdown<R extends { id: string }>(k: Kind<R>): Trigger {
  return defineListTrigger({
    key: dropdownKey(k.noun),
    noun: k.noun,
    label: `${k.noun}s (Dropdown)`,
    description: `Triggers when the ${k.noun} dropdown loads: lists ${k.name}s.`,
    hidden: true,
    canPaginate: true,
    endpoint: k.list,
    inputs: {},
    request: (_input, { bundle }) => ({ query: { ...altLocation(bundle), limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE } }),
    records: k.records,
    output: (rows) => rows.map((r) => ({ id: r.id, name: k.label(r) })),
    sample: { id: String(k.outputs.sample.id), name: k.label(k.outputs.sample as unknown as R) },
    outputFields: [
      { key: 'id', label: `${k.noun} ID` },
      { key: 'name', label: k.noun },
    ],
  });
}

export function paymentSearch<R extends { id: string }>(k: Kind<R> & { from: string; description: string }): Search {
  return defineSearch({
    key: `find${k.noun}`,
    noun: k.noun,
    label: `Find ${k.noun} By ID`,
    description: k.description,
    endpoint: k.one,
    inputs: { [k.param]: paymentIdField(k.noun, k.from) },
    request: (_input, { bundle }) => ({ query: altLocation(bundle) }),
    records: (body) => [k.record(body)],
    ...k.outputs,
  });
}

/** "Rosa Delgado, 89.1 USD, 2025-03-14": who, how much, when. */
export const paymentLabel = (r: { contactName?: string | null; contactEmail?: string | null; amount?: number | null; currency?: string | null; createdAt?: string | null; id: string }, what?: string | null): string =>
  [what, r.contactName ?? r.contactEmail, r.amount === null || r.amount === undefined ? null : `${r.amount} ${r.currency ?? ''}`.trim(), r.createdAt?.slice(0, 10)]
    .filter((s): s is string => Boolean(s))
    .join(', ') || r.id;
