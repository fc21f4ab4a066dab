import type { Trigger } from 'zapier-platform-core';
import funnelDropdown from '../dropdowns/funnels';
import urlRedirectDropdown from '../dropdowns/url-redirects';
import newFunnelPage from './new-funnel-page';
import newUrlRedirect from './new-url-redirect';

/** The Funnels & Websites triggers, then their hidden dropdown sources. */
export const funnels: Trigger[] = [newUrlRedirect, newFunnelPage, urlRedirectDropdown, funnelDropdown];
