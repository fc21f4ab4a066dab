/** Stand-ins on 127.0.0.1: HighLevel's token check and Zapier's hook URLs. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface HighLevelStub {
  url: string;
  /** token -> what it reaches */
  tokens: Map<string, { kind: 'location' | 'company'; id: string; companyId?: string }>;
  calls: { path: string; authorization?: string }[];
  close(): Promise<void>;
}

export async function startHighLevelStub(): Promise<HighLevelStub> {
  const tokens: HighLevelStub['tokens'] = new Map();
  const calls: HighLevelStub['calls'] = [];
  const server = createServer((req, res) => {
    calls.push({ path: req.url ?? '', authorization: req.headers.authorization });
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const m = /^\/(locations|companies)\/([^/?]+)$/.exec(req.url ?? '');
    const t = tokens.get(token);
    res.setHeader('content-type', 'application/json');
    if (!t) return res.writeHead(401).end(JSON.stringify({ statusCode: 401, message: 'Invalid JWT' }));
    if (!m || req.headers.version !== '2021-07-28') return res.writeHead(404).end('{}');
    const kind = m[1] === 'locations' ? 'location' : 'company';
    if (t.kind !== kind || t.id !== m[2]) {
      return res.writeHead(403).end(JSON.stringify({ statusCode: 403, message: 'The token does not have access to this location' }));
    }
    res.writeHead(200).end(JSON.stringify({ [kind]: { id: t.id, name: `Demo ${kind}`, ...(t.companyId ? { companyId: t.companyId } : {}) } }));
  });
  const url = await listen(server);
  return { url, tokens, calls, close: () => new Promise((r) => server.close(() => r())) };
}

export interface HookHit {
  path: string;
  body: Record<string, unknown>;
  /** The bytes as received (a signature covers exactly them). */
  raw: string;
  headers: IncomingMessage['headers'];
  at: number;
  status: number;
  /** The answer reached the relay (its connection was still open when we answered). */
  answered: boolean;
}

export type HookReply = { status: number; headers?: Record<string, string>; delayMs?: number };

export interface HookServer {
  url: string;
  hits: HookHit[];
  /** Answers to give, in order, per path; then `fallback`. */
  script: Map<string, HookReply[]>;
  fallback: HookReply;
  /** 2xx answers that reached the relay, per delivery id. */
  accepted(): Map<string, number>;
  close(): Promise<void>;
}

export async function startHookServer(): Promise<HookServer> {
  const hits: HookHit[] = [];
  const script: HookServer['script'] = new Map();
  const state: { fallback: HookReply } = { fallback: { status: 200 } };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const path = req.url ?? '';
    const reply = script.get(path)?.shift() ?? state.fallback;
    const hit: HookHit = { path, body: JSON.parse(body || '{}'), raw: body, headers: req.headers, at: Date.now(), status: reply.status, answered: false };
    hits.push(hit);
    const answer = () => {
      if (req.socket.destroyed) return;
      hit.answered = true;
      res.on('close', () => {
        if (!res.writableFinished) hit.answered = false;
      });
      res.writeHead(reply.status, reply.headers ?? {}).end('{"status":"success"}');
    };
    if (reply.delayMs) setTimeout(answer, reply.delayMs);
    else answer();
  });
  server.keepAliveTimeout = 1000;
  const url = await listen(server);
  return {
    url, hits, script,
    get fallback() {
      return state.fallback;
    },
    set fallback(v: HookReply) {
      state.fallback = v;
    },
    accepted() {
      const m = new Map<string, number>();
      for (const h of hits) {
        if (h.answered && h.status >= 200 && h.status < 300) {
          const id = String(h.headers['idempotency-key']);
          m.set(id, (m.get(id) ?? 0) + 1);
        }
      }
      return m;
    },
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

/** Waits (bounded) until `cond` holds; fails with `what` otherwise. Not a timing assertion. */
export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
