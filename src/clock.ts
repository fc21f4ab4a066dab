/**
 * The app's one clock (epoch ms): step budgets, Retry-After dates, date windows and "now"-relative
 * inputs all read it, so a test that fixes or advances it moves every one of them together.
 */
export const clock = { now: (): number => Date.now() };
