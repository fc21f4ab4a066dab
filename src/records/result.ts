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
