/**
 * Signs HighLevel-shaped events with a generated Ed25519 key pair, the way HighLevel signs
 * X-GHL-Signature (base64 Ed25519 over the raw body). For relay tests, the sandbox and the app's
 * instant-trigger tests: give the relay `publicKeyPem` (RELAY_GHL_PUBLIC_KEYS), post `body` with
 * `headers`.
 */
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

export interface Signer {
  publicKeyPem: string;
  /** The raw body and the headers to POST it with. */
  signed(event: Record<string, unknown>): { body: string; headers: Record<string, string> };
  signature(body: string | Buffer): string;
}

export function createSigner(): Signer {
  const { publicKey, privateKey }: { publicKey: KeyObject; privateKey: KeyObject } = generateKeyPairSync('ed25519');
  const signature = (body: string | Buffer) => sign(null, Buffer.from(body), privateKey).toString('base64');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    signature,
    signed(event) {
      const body = JSON.stringify(event);
      return { body, headers: { 'content-type': 'application/json', 'x-ghl-signature': signature(body) } };
    },
  };
}

/** A HighLevel event in the delivered (flat) shape, with a fresh webhookId and timestamp. */
export function makeEvent(type: string, fields: Record<string, unknown>, appId = 'test-app'): Record<string, unknown> {
  return { type, ...fields, appId, versionId: 'v1', webhookId: randomUUID(), timestamp: new Date().toISOString() };
}
