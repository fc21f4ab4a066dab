import type { Call } from '../support/table';

/** An expected call of one Version: the request (query and body when given) and HighLevel's reply (status when not 200). */
export const callAt =
  (version: Call['version']) =>
  (method: Call['method'], path: string, o: { query?: Record<string, string>; body?: unknown; reply?: unknown; status?: number } = {}): Call => ({
    method,
    path,
    version,
    ...(o.query ? { query: o.query } : {}),
    ...(o.body !== undefined ? { body: o.body } : {}),
    reply: { ...(o.status ? { status: o.status } : {}), body: o.reply ?? {} },
  });
