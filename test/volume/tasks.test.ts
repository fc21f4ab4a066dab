/**
 * Task Completed at volume (2,000 tasks, about 1,200 completed): a completion fires once, wherever
 * HighLevel's unsorted search puts it (beyond the first 1,000 too), and editing an old completed
 * task does not fire again. The task search has no sort or date filter, so a poll that sees a
 * change reads the whole completed set (one request per 100 tasks); an idle poll is one probe
 * request (./task-polls.test.ts).
 */
import type { Item } from '../../scripts/zap';
import { volumeSandbox } from './volume-sandbox';

jest.setTimeout(60_000);

const vol = volumeSandbox();

test('a completion fires once, beyond the first 1,000 completed tasks; an edit of a completed task does not fire', async () => {
  const tasks = [...vol.sandbox.store.tasks.values()];
  expect(tasks.filter((t) => t.completed).length).toBeGreaterThan(1_000);
  await vol.zap.poll('done', 'taskCompleted');

  // The sandbox answers the search by due date, so the pending task due last comes after every completed one.
  const pending = tasks.filter((t) => !t.completed).sort((a, b) => b.dueDate.localeCompare(a.dueDate))[0]!;
  pending.completed = true;
  pending.dateUpdated = vol.sandbox.store.now();
  const edited = tasks.find((t) => t.completed && t.id !== pending.id)!;
  edited.title = 'Follow up (edited)';
  edited.dateUpdated = vol.sandbox.store.now();

  const fired = await vol.zap.poll('done', 'taskCompleted');
  expect(fired.map((t: Item) => t.id)).toEqual([`${pending.id}:completed`]);
  expect(await vol.zap.poll('done', 'taskCompleted')).toEqual([]);
});
