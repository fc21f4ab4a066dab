import { generateKeyPairSync, sign } from 'node:crypto';
import { HIGHLEVEL_ED25519_KEY, loadConfig, pemList } from '../config';
import { createVerifier } from '../verify';
import { createSigner } from './support/sign';

const body = Buffer.from('{"type":"ContactCreate","webhookId":"w1","appId":"a"}');

describe('signature verification', () => {
  test('X-GHL-Signature: Ed25519 over the raw bytes, against any configured key (rotation)', () => {
    const oldKey = createSigner();
    const newKey = createSigner();
    const v = createVerifier([oldKey.publicKeyPem, newKey.publicKeyPem], []);
    expect(v.check(body, { 'x-ghl-signature': oldKey.signature(body) })).toEqual({ ok: true, scheme: 'ed25519' });
    expect(v.check(body, { 'x-ghl-signature': newKey.signature(body) })).toEqual({ ok: true, scheme: 'ed25519' });
    expect(v.check(Buffer.from(`${body} `), { 'x-ghl-signature': newKey.signature(body) })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(v.check(body, { 'x-ghl-signature': createSigner().signature(body) })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(v.check(body, { 'x-ghl-signature': 'not base64 at all' })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(v.check(body, {})).toEqual({ ok: false, reason: 'unsigned' });
  });

  test('legacy X-WH-Signature (RSA-SHA256) only when its key is configured; "N/A" is absent', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const rsaSig = sign('sha256', body, privateKey).toString('base64');
    const ed = createSigner();
    const withRsa = createVerifier([ed.publicKeyPem], [pem]);
    expect(withRsa.check(body, { 'x-wh-signature': rsaSig })).toEqual({ ok: true, scheme: 'rsa' });
    expect(withRsa.check(body, { 'x-wh-signature': rsaSig, 'x-ghl-signature': 'N/A' })).toEqual({ ok: true, scheme: 'rsa' });
    expect(withRsa.check(body, { 'x-wh-signature': 'N/A' })).toEqual({ ok: false, reason: 'unsigned' });
    expect(withRsa.check(Buffer.from('{}'), { 'x-wh-signature': rsaSig })).toEqual({ ok: false, reason: 'bad-signature' });
    // The current header wins: a bad Ed25519 signature is not rescued by the legacy one.
    expect(withRsa.check(body, { 'x-wh-signature': rsaSig, 'x-ghl-signature': ed.signature('{}') })).toEqual({ ok: false, reason: 'bad-signature' });
    const edOnly = createVerifier([ed.publicKeyPem], []);
    expect(edOnly.check(body, { 'x-wh-signature': rsaSig })).toEqual({ ok: false, reason: 'unsigned' });
  });

  test('keys of the wrong kind are refused at start', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsaPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => createVerifier([rsaPem], [])).toThrow('RELAY_GHL_PUBLIC_KEYS: every key must be Ed25519');
    expect(() => createVerifier([HIGHLEVEL_ED25519_KEY], [createSigner().publicKeyPem])).toThrow('RELAY_LEGACY_RSA_PUBLIC_KEYS: every key must be RSA');
  });
});

describe('configuration', () => {
  test("defaults: HighLevel's published key, Zapier's hook host, https only", () => {
    const cfg = loadConfig({ RELAY_APP_ID: 'app1' });
    expect(cfg.ed25519Keys).toEqual([HIGHLEVEL_ED25519_KEY]);
    expect(createVerifier(cfg.ed25519Keys, cfg.rsaKeys)).toBeDefined();
    expect([cfg.targetHosts, cfg.allowHttpTargets, cfg.targetRatePerSecond, cfg.databaseUrl]).toEqual([['hooks.zapier.com'], false, 30, undefined]);
    expect(cfg.highLevelBaseUrl).toBe('https://services.leadconnectorhq.com');
    expect(loadConfig({ CLIENT_ID: 'abc123-xyz' }).appIds).toEqual(['abc123']);
  });

  test('bad values name the variable', () => {
    expect(() => loadConfig({})).toThrow(/^RELAY_APP_ID must name/);
    expect(() => loadConfig({ RELAY_APP_ID: 'a', RELAY_PORT: 'eighty' })).toThrow('RELAY_PORT must be an integer >= 0 (got "eighty")');
    expect(() => loadConfig({ RELAY_APP_ID: 'a', RELAY_DATABASE_URL: 'mysql://x' })).toThrow('RELAY_DATABASE_URL must be a postgres:// URL');
    expect(() => loadConfig({ RELAY_APP_ID: 'a', RELAY_ALLOW_HTTP_TARGETS: 'maybe' })).toThrow('RELAY_ALLOW_HTTP_TARGETS must be true or false (got "maybe")');
    expect(() => loadConfig({ RELAY_APP_ID: 'a', RELAY_GHL_PUBLIC_KEYS: 'nope' })).toThrow('RELAY_GHL_PUBLIC_KEYS holds no PEM public key');
  });

  test('several PEM keys in one variable, also with literal \\n', () => {
    const a = createSigner().publicKeyPem;
    const b = createSigner().publicKeyPem;
    expect(pemList(`${a}\n${b}`).length).toBe(2);
    expect(pemList(`${a}${b}`.replace(/\n/g, '\\n')).map((k) => createVerifier([k], []))).toHaveLength(2);
  });
});
