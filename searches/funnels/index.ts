import type { Search } from 'zapier-platform-core';
import findFunnel from './find-funnel';

/** The Funnels & Websites searches (in the order the README table shows them). */
export const funnels: Search[] = [findFunnel];
