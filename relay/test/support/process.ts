/** The relay (or another script) as its own Node process, as `npm run relay` runs it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitFor } from './servers';

export const ROOT = join(__dirname, '..', '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `script` (relay/main.ts by default) with `env` only, and waits until `readyPath` answers 200. */
export async function startProcess(env: Record<string, string>, url: string, script = 'relay/main.ts', readyPath = '/readyz'): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], {
    cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await waitFor(`${script} ready`, async () => {
    if (proc.exitCode !== null) throw new Error(`${script} exited ${proc.exitCode}: ${stderr}`);
    return fetch(`${url}${readyPath}`).then((r) => r.ok, () => false);
  }, 30_000);
  return proc;
}

export const exited = (proc: ChildProcess) => new Promise<number | null>((resolve) => {
  if (proc.exitCode !== null || proc.signalCode !== null) resolve(proc.exitCode);
  else proc.once('exit', (code) => resolve(code));
});
