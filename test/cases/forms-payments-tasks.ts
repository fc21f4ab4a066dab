import type { Case } from '../support/table';

export const extraTriggerCases: Case[] = [];
