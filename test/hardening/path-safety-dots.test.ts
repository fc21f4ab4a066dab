import { catchAll, walk } from './path-walk';

/** Every operation with a path ID refuses `..` naming the field, with no request (see path-walk.ts). */
catchAll();
walk('..');
