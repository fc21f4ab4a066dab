import type { Case } from '../support/table';

export const pipelineCases: Case[] = [];
