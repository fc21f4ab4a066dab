import type { Case } from '../support/table';

export const calendarCases: Case[] = [];
