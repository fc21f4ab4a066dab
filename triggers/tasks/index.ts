import type { Trigger } from 'zapier-platform-core';
import newTask from './new-task';
import taskCompleted from './task-completed';

/** The Tasks triggers (beyond the catalog). */
export const tasks: Trigger[] = [newTask, taskCompleted];
