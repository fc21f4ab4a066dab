import { catchAll, walk } from './path-walk';

/** Every operation with a path ID refuses a percent-encoded `..` (any case) naming the field, with no request. */
catchAll();
walk('%2e%2E');
