/**
 * New Task and Task Completed at volume (2,000 tasks: about 1,200 completed, 800 pending): an idle
 * poll of a Zap is ONE request (the probe of src/polling/set-mark.ts), and what changes the set
 * still fires: a completion anywhere in HighLevel's unsorted order, 300 at once, a deletion
 * followed by a completion; a deletion and a completion in the same interval, which the probe
 * cannot tell from no change, fire with the hourly full read.
 */
import type { Sandbox } from '../../sandbox';
import type { TaskRecord } from '../../sandbox/store';
import { clock } from '../../src/clock';
import { FULL_READ_MS } from '../../src/polling/set-mark';
import { connectToSandbox } from '../../scripts/start';
import type { Item, ZapRunner } from '../../scripts/zap';

jest.setTimeout(60_000);

let sandbox: Sandbox;
let zap: ZapRunner;
const realNow = clock.now;
let now = Date.now();
beforeAll(async () => {
  ({ sandbox, zap } = await connectToSandbox({ rateLimit: false, volume: true }));
  zap.authData = { ...sandbox.issueTokens() };
  clock.now = () => now;
});
afterAll(() => {
  clock.now = realNow;
  return sandbox.stop();
});

/** Requests to the task search during `fn`. */
async function counted<T>(fn: () => Promise<T>): Promise<{ value: T; requests: number }> {
  sandbox.resetStats();
  const value = await fn();
  const stats = sandbox.stats();
  expect(stats.requests).toBe(Object.entries(stats.byRoute).filter(([k]) => k.includes('/tasks/search')).reduce((n, [, c]) => n + c, 0));
  return { value, requests: stats.requests };
}

const tasks = (): TaskRecord[] => [...sandbox.store.tasks.values()];
/** The sandbox answers the search by due date (then id): this is HighLevel's unsorted order here. */
const byOrder = (list: TaskRecord[]): TaskRecord[] => [...list].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
const middleOf = (completed: boolean): TaskRecord => {
  const list = byOrder(tasks().filter((t) => t.completed === completed));
  return list[Math.floor(list.length / 2)]!;
};
/** A pending task placed in the middle of the completed set once completed. */
const pendingInTheMiddle = (): TaskRecord => {
  const mid = middleOf(true);
  return byOrder(tasks().filter((t) => !t.completed && t.dueDate.localeCompare(mid.dueDate) <= 0)).at(-1)!;
};
const complete = (t: TaskRecord): void => {
  t.completed = true;
  t.dateUpdated = sandbox.store.now();
};

test.each(['newTask', 'taskCompleted'])('%s: an idle poll is one request, at a set of hundreds of tasks', async (key) => {
  const zapId = `idle-${key}`;
  expect((await counted(() => zap.poll(zapId, key))).requests).toBeGreaterThan(5); // the first poll reads the whole set
  for (let i = 0; i < 3; i++) {
    const idle = await counted(() => zap.poll(zapId, key));
    expect(idle).toEqual({ value: [], requests: 1 });
  }
});

test('Task Completed: a completion in the middle of the set fires once, then the poll is idle again', async () => {
  const zapId = 'middle';
  await zap.poll(zapId, 'taskCompleted');
  const task = pendingInTheMiddle();
  expect(byOrder(tasks().filter((t) => t.completed)).at(-1)!.dueDate > task.dueDate).toBe(true);
  complete(task);
  const fired = await counted(() => zap.poll(zapId, 'taskCompleted'));
  expect(fired.value.map((i: Item) => i.id)).toEqual([`${task.id}:completed`]);
  expect(fired.requests).toBeGreaterThan(1); // the probe, then the whole set
  expect(await counted(() => zap.poll(zapId, 'taskCompleted'))).toEqual({ value: [], requests: 1 });
});

test('New Task: a task added in the middle of the pending set fires once', async () => {
  const zapId = 'new-middle';
  await zap.poll(zapId, 'newTask');
  const mid = middleOf(false);
  const added: TaskRecord = { ...mid, id: `${mid.id}-added`, title: 'Added between polls', dateAdded: sandbox.store.now(), dateUpdated: sandbox.store.now() };
  sandbox.store.tasks.set(added.id, added);
  expect((await zap.poll(zapId, 'newTask')).map((i: Item) => i.id)).toEqual([added.id]);
  expect(await counted(() => zap.poll(zapId, 'newTask'))).toEqual({ value: [], requests: 1 });
});

test('Task Completed: 300 completions between two polls all fire, once', async () => {
  const zapId = 'burst';
  await zap.poll(zapId, 'taskCompleted');
  const done = tasks().filter((t) => !t.completed).slice(0, 300);
  expect(done).toHaveLength(300);
  done.forEach(complete);
  const fired = await zap.poll(zapId, 'taskCompleted');
  expect(new Set(fired.map((i: Item) => i.id))).toEqual(new Set(done.map((t) => `${t.id}:completed`)));
  expect(fired).toHaveLength(300);
  expect(await counted(() => zap.poll(zapId, 'taskCompleted'))).toEqual({ value: [], requests: 1 });
});

test('Task Completed: a deletion, then a completion, fires the completion', async () => {
  const zapId = 'delete-then-complete';
  await zap.poll(zapId, 'taskCompleted');
  sandbox.store.tasks.delete(middleOf(true).id);
  expect(await zap.poll(zapId, 'taskCompleted')).toEqual([]); // the probe saw the set shrink: read whole, marked again
  const task = pendingInTheMiddle();
  complete(task);
  expect((await zap.poll(zapId, 'taskCompleted')).map((i: Item) => i.id)).toEqual([`${task.id}:completed`]);
  expect(await counted(() => zap.poll(zapId, 'taskCompleted'))).toEqual({ value: [], requests: 1 });
});

test('Task Completed: a deletion and a completion in the same interval fire by the hourly full read at the latest', async () => {
  const zapId = 'delete-and-complete';
  await zap.poll(zapId, 'taskCompleted');
  sandbox.store.tasks.delete(middleOf(true).id);
  const task = pendingInTheMiddle();
  complete(task);
  // Same size, same last item: the probe cannot see it (src/polling/set-mark.ts says so).
  expect(await counted(() => zap.poll(zapId, 'taskCompleted'))).toEqual({ value: [], requests: 1 });
  now += FULL_READ_MS;
  expect((await zap.poll(zapId, 'taskCompleted')).map((i: Item) => i.id)).toEqual([`${task.id}:completed`]);
});

test('without a Zap id (the editor), every poll reads the whole set', async () => {
  const { requests } = await counted(() => zap.run('triggers', 'taskCompleted'));
  expect(requests).toBeGreaterThan(5);
  expect((await counted(() => zap.run('triggers', 'taskCompleted'))).requests).toBe(requests);
});

test('a Zap whose assignee changed reads its new set whole, then probes it', async () => {
  const zapId = 'assignee';
  await zap.poll(zapId, 'taskCompleted');
  expect((await counted(() => zap.poll(zapId, 'taskCompleted'))).requests).toBe(1);
  const user = tasks().find((t) => t.completed && t.assignedTo)!.assignedTo!;
  const own = tasks().filter((t) => t.completed && t.assignedTo === user).length;
  expect(own).toBeGreaterThanOrEqual(100); // more than a page: its idle poll below is a probe
  const first = await counted(() => zap.poll(zapId, 'taskCompleted', { assignedTo: user }));
  expect(first.requests).toBe(Math.floor(own / 100) + 1); // not the other set's probe: every page of this one
  expect(await counted(() => zap.poll(zapId, 'taskCompleted', { assignedTo: user }))).toEqual({ value: [], requests: 1 });
});
