import type { Create } from 'zapier-platform-core';
import createTriggerLink from './create-trigger-link';
import deleteTriggerLink from './delete-trigger-link';
import updateTriggerLink from './update-trigger-link';

/** The Trigger Links creates (in the order the README table shows them). */
export const links: Create[] = [createTriggerLink, updateTriggerLink, deleteTriggerLink];
