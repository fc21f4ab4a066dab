import type { Trigger } from 'zapier-platform-core';
import urlRedirectDropdown from '../dropdowns/url-redirects';
import newUrlRedirect from './new-url-redirect';

/** The Funnels & Websites triggers, then their hidden dropdown source. */
export const funnels: Trigger[] = [newUrlRedirect, urlRedirectDropdown];
