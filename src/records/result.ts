import { z } from 'zod';
import { parseResponse } from '../schemas';

/**
 * HighLevel answers deletes and enrolments with `{ succeded: true }` (their spelling).
 * Output it as `succeeded`, so users map a correctly spelled field.
 */
export const succeeded = (body: unknown): { succeeded: boolean } => {
  const r = parseResponse(z.looseObject({ succeded: z.boolean().nullish(), succeeded: z.boolean().nullish() }), body ?? {}, 'the request');
  // A 2xx without the flag (an empty body) is a success too.
  return { succeeded: r.succeded ?? r.succeeded ?? true };
};

/** Deletes and status changes answer `{ success }` (or `{ succeeded }`); a 2xx without a flag is a success. */
export const succeededOf = (body: unknown): boolean => {
  const flag = z.boolean().nullish();
  const r = parseResponse(z.looseObject({ success: flag, succeeded: flag, succeded: flag }), body ?? {}, 'the request');
  return r.success ?? r.succeeded ?? r.succeded ?? true;
};

/** Products and payments writes answer `{ status: true, message }`; a 2xx without the flag is a success. */
export const statusFlagOf = (body: unknown): boolean =>
  parseResponse(z.looseObject({ status: z.boolean().nullish() }), body ?? {}, 'the request').status ?? true;
