/**
 * The one clock polling reads "now" from: date windows (src/records/window.ts) and the recent
 * horizon of newest-first reads (./pages.ts). Tests fix it so the requests sent are exact.
 */
export const pollClock = { now: (): number => Date.now() };
