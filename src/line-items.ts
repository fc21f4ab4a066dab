import type { ZodType } from 'zod';
import type { PlainInputField } from 'zapier-platform-core';
import { spec, type FieldSpec } from './fields';

type Child = NonNullable<PlainInputField['children']>[number] & { helpText: string };

/**
 * A Zapier line-item group (`children`: the rows' columns; Zapier hands the step an array of
 * objects). Zapier allows no help text on the group itself, so the group's help text opens the
 * first column's.
 */
export function lineItemGroup<T>(o: { label: string; helpText: string; required: boolean }, children: readonly Child[], schema: () => ZodType<T>): FieldSpec<T | undefined> {
  const built = spec(o, { children: children.map((c, i) => ({ ...c, ...(i === 0 ? { helpText: `${o.helpText} ${c.helpText}` } : {}) })) }, schema);
  const { helpText: _none, ...field } = built.field;
  return { field, get schema() { return built.schema; } };
}
