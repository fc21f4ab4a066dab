import type { Case } from '../support/table';
import { contactCases } from './contacts';

/** Every request table; test/app.test.ts checks that each operation appears in one. */
export const allCases: Case[] = [...contactCases];
