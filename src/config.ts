/**
 * Everything that depends on where and how the app talks to HighLevel, in one place.
 * Read lazily (functions, not constants) so tests and the local sandbox can point the
 * app elsewhere through the environment without re-importing modules.
 */
export const DEFAULT_API_BASE_URL = 'https://services.leadconnectorhq.com';
export const DEFAULT_AUTHORIZE_URL = 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation';

/** Base URL of the HighLevel API v2; HIGHLEVEL_API_BASE_URL points the app at a local server. */
export const apiBaseUrl = (): string =>
  (process.env.HIGHLEVEL_API_BASE_URL || DEFAULT_API_BASE_URL).replace(/\/+$/, '');

/** The marketplace page where a HighLevel admin picks the sub-account to connect. */
export const authorizeUrl = (): string => process.env.HIGHLEVEL_AUTHORIZE_URL || DEFAULT_AUTHORIZE_URL;

export const DEFAULT_WEB_APP_URL = 'https://app.gohighlevel.com';
/**
 * HighLevel's web app, for the links to records in outputs. Agencies on a white-label domain set
 * the integration's HIGHLEVEL_WEB_APP_URL environment variable (`zapier env:set`) to their domain.
 */
export const webAppUrl = (): string => (process.env.HIGHLEVEL_WEB_APP_URL || DEFAULT_WEB_APP_URL).replace(/\/+$/, '');

/**
 * Time budgets. Zapier gives a step 30 s in all (requests and code); every wait and retry
 * must end well inside that, so the client never starts a wait that would cross STEP_BUDGET_MS
 * measured from the step's first request.
 */
export const limits = {
  stepBudgetMs: 25_000,
  /** Total time one call may spend waiting on 429 answers before it gives up with ThrottledError. */
  rateLimitWaitBudgetMs: 5_000,
  /** Retries after 429 answers within one call. */
  maxRateLimitRetries: 3,
  /** The shortest wait after a 429, whatever Retry-After says (0 or a past date would mean hammering). */
  minRateLimitWaitMs: 500,
  /** One request's time limit, headers and body together (never more than what is left of the step). */
  requestTimeoutMs: 15_000,
  /** The shortest time limit a request gets, however little of the step is left. */
  minRequestTimeoutMs: 1_000,
  /** A wait is started only if this much of the step is left after it, for the retry itself. */
  requestReserveMs: 3_000,
  /** Paging stops when less than this is left of the step, returning what it has. */
  pagingReserveMs: 5_000,
  /** Retries after a 5xx or network error, for idempotent methods only. */
  maxServerErrorRetries: 2,
  /** Backoff before retry n (0-based); a little jitter is added. */
  backoffMs: [400, 1_200] as readonly number[],
  /** When HighLevel says nothing about how long to wait on a 429: its burst window. */
  defaultThrottleDelaySeconds: 10,
  /** Zapier takes at most 100 new items from one poll. */
  maxPollItems: 100,
  /** Items returned while the Zap editor loads a sample: a few, fast. */
  sampleItems: 3,
  /** Upper bound on pages one paging loop may request. */
  maxPages: 10,
  /** How long custom-field definitions are cached (z.cache), in seconds. */
  customFieldCacheSeconds: 600,
  /** A contact's name, email and phone added to appointments and messages: kept this long (connection-scoped). */
  contactDetailsCacheSeconds: 300,
  /** Names of calendars (and other lists) put next to their IDs: kept this long. */
  namesCacheSeconds: 300,
  /** Distinct contacts looked up per step at most (newest records first; later ones keep the fields empty). */
  contactLookupsPerStep: 25,
  /** Distinct IDs (users) whose names one step looks up at most (one request). */
  nameLookupsPerStep: 100,
  /** A cached location token is dropped this long before HighLevel says it expires. */
  locationTokenMarginSeconds: 300,
  /** A location token's lifetime when HighLevel's answer gives none (its tokens last a day). */
  locationTokenDefaultSeconds: 3_600,
  /** How long the winner of a token refresh leaves the new pair for a concurrent loser (src/token-refresh.ts). */
  refreshHandoverSeconds: 120,
} as const;
