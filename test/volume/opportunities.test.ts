/**
 * Opportunity Stage / Status Changed at volume (5,000 opportunities): any deal that moves fires,
 * however long ago it was created, once per move; an idle poll is one request. Over real HTTP
 * against the sandbox's volume mode.
 */
import type { OpportunityRecord, Sandbox } from '../../sandbox';
import { connectToSandbox } from '../../scripts/start';
import type { Item, ZapRunner } from '../../scripts/zap';

jest.setTimeout(60_000);

let sandbox: Sandbox;
let zap: ZapRunner;
let pipeline: { id: string; stages: { id: string }[] };
beforeAll(async () => {
  ({ sandbox, zap } = await connectToSandbox({ rateLimit: false, volume: true }));
  zap.authData = { ...sandbox.issueTokens() };
  pipeline = [...sandbox.store.pipelines.values()].find((p) => p.locationId === sandbox.locationId)!;
});
afterAll(() => sandbox.stop());

const searches = () => sandbox.stats().byRoute['POST /opportunities/search'] ?? 0;
/** The opportunities of the pipeline, oldest created first. */
const oldest = (): OpportunityRecord[] =>
  [...sandbox.store.opportunities.values()].filter((o) => o.pipelineId === pipeline.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
function move(o: OpportunityRecord, change: Partial<OpportunityRecord>, field: 'lastStageChangeAt' | 'lastStatusChangeAt'): string {
  const at = sandbox.store.now();
  Object.assign(o, change, { [field]: at, updatedAt: at });
  return `${o.id}:${at}`;
}

test('the volume location has thousands of opportunities in the pipeline', () => {
  expect(oldest().length).toBeGreaterThan(1_000);
});

test('Stage Changed: the oldest deal moving fires once; a bulk move of 300 fires all 300; idle polls are one request', async () => {
  const input = { pipelineId: pipeline.id };
  await zap.poll('stage', 'opportunityStageChanged', input);
  sandbox.resetStats();
  expect(await zap.poll('stage', 'opportunityStageChanged', input)).toEqual([]);
  expect(searches()).toBe(1);

  const deal = oldest()[0]!;
  const next = pipeline.stages.find((s) => s.id !== deal.pipelineStageId)!.id;
  const changeId = move(deal, { pipelineStageId: next }, 'lastStageChangeAt');
  const fired = await zap.poll('stage', 'opportunityStageChanged', input);
  expect(fired.map((i: Item) => i.id)).toEqual([changeId]);
  expect(fired[0]!.opportunityId).toBe(deal.id);
  expect(await zap.poll('stage', 'opportunityStageChanged', input)).toEqual([]);

  const bulk = oldest().slice(1, 301).map((o) => move(o, { pipelineStageId: pipeline.stages[0]!.id }, 'lastStageChangeAt'));
  sandbox.resetStats();
  const firedBulk = await zap.poll('stage', 'opportunityStageChanged', input);
  // The 300 moves first (newest first); the rest of the last page read are older changes that
  // this Zap's polls had never returned (its dedupe only knew their first pages), which Zapier fires too.
  expect(new Set(firedBulk.slice(0, 300).map((i: Item) => i.id))).toEqual(new Set(bulk));
  expect(searches()).toBe(4); // 3 full pages of the moves, the 4th reaches what the last poll read

  sandbox.resetStats();
  expect(await zap.poll('stage', 'opportunityStageChanged', input)).toEqual([]);
  expect(searches()).toBe(1);
});

test('Status Changed to won: an old deal won fires once, only for that status', async () => {
  const input = { status: 'won' };
  await zap.poll('won', 'opportunityStatusChanged', input);
  const deal = oldest().find((o) => o.status === 'open')!;
  const changeId = move(deal, { status: 'won' }, 'lastStatusChangeAt');
  move(oldest().find((o) => o.status === 'open')!, { status: 'lost' }, 'lastStatusChangeAt');
  sandbox.resetStats();
  expect((await zap.poll('won', 'opportunityStatusChanged', input)).map((i: Item) => i.id)).toEqual([changeId]);
  expect(searches()).toBe(1);
  expect(await zap.poll('won', 'opportunityStatusChanged', input)).toEqual([]);
});
