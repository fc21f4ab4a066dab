import type { Trigger } from 'zapier-platform-core';
import triggerLinkDropdown from '../dropdowns/trigger-links';
import newTriggerLink from './new-trigger-link';

/** The Trigger Links triggers (in the order the README table shows them), then their hidden dropdown source. */
export const links: Trigger[] = [newTriggerLink, triggerLinkDropdown];
