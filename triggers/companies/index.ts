import type { Trigger } from 'zapier-platform-core';
import getCompany from './get-company';

/** The Companies triggers (in the order the README table shows them). */
export const companies: Trigger[] = [getCompany];
