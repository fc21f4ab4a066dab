import type { Sandbox } from '../../sandbox';
import { connectToSandbox } from '../../scripts/start';
import type { ZapRunner } from '../../scripts/zap';

/**
 * The sandbox in volume mode (10,000 contacts, 5,000 opportunities, ...), without rate limits,
 * with the app connected to it over real HTTP, started once for the test file and stopped after it.
 */
export function volumeSandbox(): { readonly sandbox: Sandbox; readonly zap: ZapRunner } {
  let sandbox: Sandbox | undefined;
  let zap: ZapRunner | undefined;
  beforeAll(async () => {
    ({ sandbox, zap } = await connectToSandbox({ rateLimit: false, volume: true }));
    zap.authData = { ...sandbox.issueTokens() };
  });
  afterAll(() => sandbox?.stop());
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the volume sandbox is not started yet (use it inside a test)');
    return v;
  };
  return {
    get sandbox() {
      return started(sandbox);
    },
    get zap() {
      return started(zap);
    },
  };
}
