import type { Case } from '../support/table';

export const conversationAndOtherCases: Case[] = [];
