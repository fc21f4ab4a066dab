import { createAppTester, type Bundle, type ZObject } from 'zapier-platform-core';

/**
 * A tiny stand-in for Zapier's runtime, for the demo and the end-to-end tests: it runs the app's
 * operations with createAppTester (the same middleware Zapier runs) and dedupes polling
 * triggers the way Zapier does: the first poll of a new Zap only records what exists; later
 * polls fire for ids not seen before.
 */
type Perform = (z: ZObject, bundle: Bundle) => Promise<unknown>;
type Kind = 'triggers' | 'creates' | 'searches';
interface AppLike {
  triggers: Record<string, { operation: { perform: unknown; performSubscribe?: unknown; performUnsubscribe?: unknown } }>;
  creates: Record<string, { operation: { perform: unknown } }>;
  searches: Record<string, { operation: { perform: unknown } }>;
  authentication: { oauth2Config: { getAccessToken: unknown; refreshAccessToken: unknown }; test: unknown; connectionLabel: unknown };
}
export type Item = Record<string, unknown>;

export class ZapRunner {
  private readonly tester: ReturnType<typeof createAppTester>;
  private readonly seen = new Map<string, Set<string>>();
  authData: Record<string, string> = {};

  constructor(private readonly app: AppLike) {
    this.tester = createAppTester(app);
  }

  private call(fn: unknown, bundle: Record<string, unknown>): Promise<unknown> {
    return this.tester(fn as Perform, bundle as unknown as Bundle);
  }

  /**
   * The OAuth dance Zapier does when a user connects: code -> tokens, then the test call and
   * label. `fields` are the connection's own inputs (e.g. `{ connectAs: 'Company' }` for an agency).
   */
  async connect(code: string, fields: Record<string, string> = {}): Promise<string> {
    const auth = this.app.authentication;
    this.authData = (await this.call(auth.oauth2Config.getAccessToken, { inputData: { ...fields, code, redirect_uri: 'http://127.0.0.1/callback' } })) as Record<string, string>;
    const test = await this.call(auth.test, { authData: this.authData });
    return String(await this.call(auth.connectionLabel, { authData: this.authData, inputData: test }));
  }

  /** What Zapier does on RefreshAuthError: refresh (rotating the refresh token), then re-run. */
  async refresh(): Promise<void> {
    const fresh = (await this.call(this.app.authentication.oauth2Config.refreshAccessToken, { authData: this.authData })) as Record<string, string>;
    this.authData = { ...this.authData, ...fresh };
  }

  /** Refresh with other authData (e.g. to show that a used refresh token is refused). */
  refreshWith(authData: Record<string, string>): Promise<unknown> {
    return this.call(this.app.authentication.oauth2Config.refreshAccessToken, { authData });
  }

  async run(kind: Kind, key: string, inputData: Item = {}, meta: Item = {}): Promise<unknown> {
    const op = this.app[kind][key];
    if (!op) throw new Error(`no ${kind}.${key}`);
    try {
      return await this.call(op.operation.perform, { authData: this.authData, inputData, meta });
    } catch (err) {
      if ((err as Error).name !== 'RefreshAuthError') throw err;
      await this.refresh();
      return this.call(op.operation.perform, { authData: this.authData, inputData, meta });
    }
  }

  private hookOp(key: string) {
    const op = this.app.triggers[key]?.operation;
    if (!op?.performSubscribe || !op.performUnsubscribe) throw new Error(`no instant trigger ${key}`);
    return { subscribe: op.performSubscribe, unsubscribe: op.performUnsubscribe, perform: op.perform };
  }

  /** Turning on a Zap with an instant trigger: Zapier subscribes its hook URL; the answer is kept as subscribeData. */
  subscribe(key: string, targetUrl: string, inputData: Item = {}): Promise<Item> {
    return this.call(this.hookOp(key).subscribe, { authData: this.authData, inputData, targetUrl }) as Promise<Item>;
  }

  /** Turning the Zap off. */
  unsubscribe(key: string, subscribeData: Item, inputData: Item = {}): Promise<unknown> {
    return this.call(this.hookOp(key).unsubscribe, { authData: this.authData, inputData, subscribeData });
  }

  /** A POST that reached the Zap's hook URL: the trigger's perform turns its body into the items the Zap runs on. */
  hook(key: string, body: unknown, inputData: Item = {}): Promise<Item[]> {
    return this.call(this.hookOp(key).perform, { authData: this.authData, inputData, cleanedRequest: body }) as Promise<Item[]>;
  }

  /** One poll of a trigger in a Zap: returns only the items Zapier would fire for. */
  async poll(zap: string, key: string, inputData: Item = {}): Promise<Item[]> {
    // Zapier tells a poll which Zap it runs for (bundle.meta.zap.id).
    const items = (await this.run('triggers', key, inputData, { zap: { id: zap } })) as Item[];
    const first = !this.seen.has(zap);
    const seen = this.seen.get(zap) ?? new Set<string>();
    this.seen.set(zap, seen);
    const fresh = items.filter((i) => !seen.has(String(i.id)));
    for (const i of items) seen.add(String(i.id));
    return first ? [] : fresh;
  }
}
