import type { Ctx } from '../client';
import { invalidInput } from '../errors';

/** Small helpers shared by the record modules for what a step's inputs say. */

/** A value of the step's raw input (validated already), for outputs that echo an ID the answer leaves out. */
export const inputText = (ctx: Ctx, key: string): string | null => {
  const v: unknown = ctx.bundle.inputData?.[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

/** A field reference for input errors. */
export const field = (key: string, label: string) => ({ key, label });

/** A count that must be a whole number of at least `min`; refused naming the field. */
export function wholeNumber(n: number | undefined, ref: { key: string; label: string }, min = 0): number | undefined {
  if (n === undefined) return undefined;
  if (!Number.isInteger(n) || n < min) throw invalidInput(ref, `must be a whole number of at least ${min}, got ${n}`);
  return n;
}
