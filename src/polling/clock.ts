/**
 * Polling reads "now" from the app's one clock (src/clock.ts): date windows (src/records/window.ts)
 * and the recent horizon of newest-first reads (./pages.ts). Tests fix it so the requests sent are exact.
 */
export { clock as pollClock } from '../clock';
