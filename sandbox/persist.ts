import fs from 'node:fs';
import path from 'node:path';
import type { AuthSnapshot } from './auth';
import type { ExtSnapshot } from './ext-store';
import type { StoreSnapshot } from './store';

/**
 * persistFile: the whole state (records and live tokens) as one JSON file. It is read at start
 * and written shortly after every successful write request (writes within a few ms are saved
 * together) and once more on stop. Writes go to a temporary file renamed over the old one, so a
 * crash never leaves half a file. Changes made straight to `sandbox.store` are saved with the
 * next write request or on stop.
 */

export const FORMAT = 'highlevel-sandbox';
export const FORMAT_VERSION = 1;

export interface PersistedState {
  format: typeof FORMAT;
  version: number;
  savedAt: string;
  store: StoreSnapshot;
  auth: AuthSnapshot;
  /** The added routes' records (ext-store.ts); absent in files saved before they existed. */
  ext?: ExtSnapshot;
}

export function readState(file: string): PersistedState | undefined {
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<PersistedState>;
  if (parsed.format !== FORMAT || typeof parsed.store !== 'object' || parsed.store === null) {
    throw new Error(`${file} is not a HighLevel sandbox state file (expected "format": "${FORMAT}")`);
  }
  if ((parsed.version ?? 0) > FORMAT_VERSION) throw new Error(`${file} was written by a newer sandbox (version ${parsed.version})`);
  return parsed as PersistedState;
}

export function writeState(file: string, state: Omit<PersistedState, 'format' | 'version' | 'savedAt'>): void {
  const full: PersistedState = { format: FORMAT, version: FORMAT_VERSION, savedAt: new Date().toISOString(), ...state };
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(full, null, 1)}\n`);
  fs.renameSync(tmp, file);
}

/** Coalesces saves: many writes in a burst cost one file write. */
export class Saver {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly save: () => void,
    private readonly delayMs = 20,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        this.save();
      } catch (err) {
        process.stderr.write(`highlevel sandbox: could not save state: ${(err as Error).message}\n`);
      }
    }, this.delayMs);
  }

  /** Saves now (pending or not) and cancels the pending timer. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.save();
  }
}
