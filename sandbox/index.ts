/**
 * A local HighLevel (API v2) sandbox: a real HTTP server on 127.0.0.1 that answers as the
 * official OpenAPI specs describe, so end-to-end tests and demos run without a HighLevel account.
 * It stands on its own: nothing here imports the app, and the app never imports it.
 *
 *   const sandbox = await startSandbox();            // demo location "Sunrise Dental - Austin"
 *   const { access_token } = sandbox.issueTokens();
 *   await fetch(`${sandbox.url}/contacts/search`, { method: 'POST', headers: {
 *     Authorization: `Bearer ${access_token}`, Version: '2021-07-28', 'Content-Type': 'application/json' },
 *     body: JSON.stringify({ locationId: sandbox.locationId, pageLimit: 10 }) });
 *   await sandbox.stop();
 */
import { launch } from './server';
import type { ExtStore } from './ext-store';
import type { SandboxStore } from './store';
import type { VolumeSizes } from './volume';
import type { SandboxWebhooks, WebhookOptions } from './webhooks';

/** The record types (ContactRecord, TaskRecord, ...) and the store's class, for typed tests. */
export type * from './store';
export type * from './ext-store';
export type { SandboxWebhooks, WebhookDelivery, WebhookOptions } from './webhooks';
export type { EventBody } from './webhook-events';

export interface SandboxOptions {
  port?: number; // default 0 = a free port
  tokenTtlSeconds?: number; // access-token lifetime, default 86399
  rateLimit?: { max: number; windowMs: number } | false; // default { max: 100, windowMs: 10_000 }, per location
  faults?: { errorRate: number; latencyMs?: number; statuses?: number[]; seed?: number }; // share of answers replaced by a 5xx (default statuses [500, 502, 503]); deterministic with seed
  persistFile?: string; // load state from / save state to this JSON file (save on every write, or on stop)
  demoData?: boolean; // default true
  volume?: boolean | Partial<VolumeSizes>; // add a real account's volume to the demo location (sandbox/volume.ts); sizes can be set
  searchLagMs?: number; // a new or changed contact shows up in POST /contacts/search only this long after the write (HighLevel's index lag; default 0)
  searchShape?: 'real' | 'spec'; // the contact search's item shape (sandbox/highlevel-quirks.ts; default DEFAULT_QUIRKS.searchShape)
  enforceScopes?: boolean; // 401 "The token is not authorized for this scope." for a token without the route's scope (default true)
  clientId?: string; // default 'sandbox-client-id'
  clientSecret?: string; // default 'sandbox-client-secret'
  webhookUrl?: string; // POST every change as a signed HighLevel webhook event to this URL (sandbox/webhooks.ts); also webhooks.setTarget(url)
  webhooks?: WebhookOptions; // appId, retry base and count, attempt timeout
}

export interface Sandbox {
  url: string; // e.g. http://127.0.0.1:43121 (no trailing slash)
  port: number;
  locationId: string; // the demo location's id
  companyId: string;
  /** Issue a fresh access/refresh token pair for the demo location, as if a user had connected (with every scope, or the given ones). */
  issueTokens(scope?: string): { access_token: string; refresh_token: string; locationId: string; companyId: string; userType: 'Location' };
  /** Issue an agency (Company) token pair for the demo company, as if an agency had connected. */
  issueAgencyTokens(): { access_token: string; refresh_token: string; companyId: string; userType: 'Company' };
  /** Mark an access token expired now (for refresh tests). */
  expireToken(accessToken: string): void;
  /** Counters: total requests, per "METHOD /path-template", and by status code; resettable. */
  stats(): { requests: number; byRoute: Record<string, number>; byStatus: Record<string, number> };
  resetStats(): void;
  /** Direct access to the data, e.g. for tests to count notes created. */
  store: SandboxStore;
  /** The added routes' records: company, snapshots, installs, associations, blogs, calendar administration, lost reasons. */
  ext: ExtStore;
  setFaults(f: SandboxOptions['faults'] | undefined): void;
  /** The webhook sender: its public key (for the receiver), target, deliveries, INSTALL/UNINSTALL. */
  webhooks: SandboxWebhooks;
  stop(): Promise<void>;
}

export function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  return launch(opts);
}
