/**
 * Signature checks on the RAW request body (WEBHOOKS.md: never a re-serialised JSON).
 * X-GHL-Signature: Ed25519, base64, against any of the configured keys (keys rotate).
 * X-WH-Signature: legacy RSA-SHA256, only when keys for it are configured; "N/A" means absent.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export type SignatureResult = { ok: true; scheme: 'ed25519' | 'rsa' } | { ok: false; reason: 'unsigned' | 'bad-signature' };

export interface Verifier {
  check(rawBody: Buffer, headers: Record<string, string | string[] | undefined>): SignatureResult;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s && s !== 'N/A' ? s : undefined;
}

export function createVerifier(ed25519Pems: string[], rsaPems: string[]): Verifier {
  const ed: KeyObject[] = ed25519Pems.map((pem) => createPublicKey(pem));
  const rsa: KeyObject[] = rsaPems.map((pem) => createPublicKey(pem));
  for (const k of ed) if (k.asymmetricKeyType !== 'ed25519') throw new Error('RELAY_GHL_PUBLIC_KEYS: every key must be Ed25519');
  for (const k of rsa) if (k.asymmetricKeyType !== 'rsa') throw new Error('RELAY_LEGACY_RSA_PUBLIC_KEYS: every key must be RSA');
  return {
    check(rawBody, headers) {
      const ghl = header(headers, 'x-ghl-signature');
      if (ghl) {
        const sig = Buffer.from(ghl, 'base64');
        return ed.some((key) => verify(null, rawBody, key, sig)) ? { ok: true, scheme: 'ed25519' } : { ok: false, reason: 'bad-signature' };
      }
      const wh = rsa.length > 0 ? header(headers, 'x-wh-signature') : undefined;
      if (wh) {
        const sig = Buffer.from(wh, 'base64');
        return rsa.some((key) => verify('sha256', rawBody, key, sig)) ? { ok: true, scheme: 'rsa' } : { ok: false, reason: 'bad-signature' };
      }
      return { ok: false, reason: 'unsigned' };
    },
  };
}
