import type { Create } from 'zapier-platform-core';
import createLocation from './create-location';

/** The Locations creates (in the order the README table shows them). */
export const locations: Create[] = [createLocation];
