import type { Create } from 'zapier-platform-core';
import createUrlRedirect from './create-url-redirect';
import deleteUrlRedirect from './delete-url-redirect';
import updateUrlRedirect from './update-url-redirect';

/** The Funnels & Websites creates (in the order the README table shows them). */
export const funnels: Create[] = [createUrlRedirect, updateUrlRedirect, deleteUrlRedirect];
