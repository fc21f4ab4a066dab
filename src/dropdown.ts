import type { Bundle } from 'zapier-platform-core';
import type { RequestParts } from './client';
import type { Endpoint } from './endpoint';
import type { Inputs } from './fields';
import type { InputOf } from './fields';
import { defineListTrigger, type OpCtx } from './operation';
import { dropdownItems, type DropdownItem as Item } from './records/dropdown-item';

/**
 * A hidden trigger that feeds a dynamic dropdown: `{ id, name }` items from a list endpoint.
 * Referenced from input fields as `<key>.id.name`.
 */
export function defineDropdown<I extends Inputs>(d: {
  key: string;
  noun: string;
  endpoint: Endpoint;
  /** Plural of the noun when it is not noun + "s" (Business -> Businesses). */
  plural?: string;
  /** The list's key in the response body (`{ campaigns: [...] }`). */
  listKey: string;
  inputs?: I;
  request: (input: InputOf<I>, ctx: OpCtx<InputOf<I>>) => RequestParts;
  /** What the dropdown shows for an item; its name by default. */
  label?: (item: Item) => string;
  /** Endpoint pages with skip/limit: Zapier's "load more" asks for bundle.meta.page. */
  pagedBySkip?: boolean;
  /** As in the operation declarations: which connection the endpoint is served to. */
  connection?: 'agency' | 'either';
}) {
  const label = d.label ?? ((i: Item) => i.name || i.id);
  return defineListTrigger({
    key: d.key,
    noun: d.noun,
    label: `${d.plural ?? `${d.noun}s`} (Dropdown)`,
    description: `Triggers when the ${d.noun} dropdown loads: lists ${(d.plural ?? `${d.noun}s`).toLowerCase()}.`,
    hidden: true,
    ...(d.pagedBySkip ? { canPaginate: true } : {}),
    ...(d.connection ? { connection: d.connection } : {}),
    endpoint: d.endpoint,
    inputs: (d.inputs ?? {}) as I,
    request: (input, ctx) => {
      const parts = d.request(input, ctx);
      return d.pagedBySkip ? { ...parts, query: { ...parts.query, ...skipLimit(ctx.bundle) } } : parts;
    },
    records: dropdownItems(d.listKey, `the ${d.noun.toLowerCase()} list`),
    output: (items) => items.map((i) => ({ id: i.id, name: label(i) })),
    sample: { id: 'mIVALPYuTD7YjUHnFEx4', name: `Sample ${d.noun.toLowerCase()}` },
    outputFields: [
      { key: 'id', label: `${d.noun} ID` },
      { key: 'name', label: d.noun },
    ],
  });
}

const PAGE = 100;
const skipLimit = (bundle: Bundle) => ({ limit: PAGE, skip: (Number(bundle.meta?.page) || 0) * PAGE });
