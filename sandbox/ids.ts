import { randomBytes, randomUUID } from 'node:crypto';

/** HighLevel record ids: 20 characters from [A-Za-z0-9] (Firestore-style). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const ID_LENGTH = 20;

/** A random HighLevel-style id (rejection sampling keeps the 62 characters equally likely). */
export function newId(length = ID_LENGTH): string {
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < 248 && out.length < length) out += ALPHABET[b % 62];
    }
  }
  return out;
}

/** Trace ids as HighLevel sends them in error bodies: UUIDs. */
export const newTraceId = (): string => randomUUID();

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a string (FNV-1a), so demo ids depend only on a name. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic HighLevel-style ids (the demo data's ids are the same on every start). */
export function seededIds(seed: string): { id(): string; uuid(): string; objectId(): string } {
  const rnd = seededRandom(seedOf(seed));
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  return {
    id: () => Array.from({ length: ID_LENGTH }, () => ALPHABET[Math.floor(rnd() * 62)]).join(''),
    // Pipeline stage ids and form/survey submission ids are UUIDs in HighLevel.
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`,
    // Invoices and payments have MongoDB ObjectIds: 24 hex digits (the first 8 a time in 2024-25,
    // fixed so that the ids stay the same on every start while the demo dates move).
    objectId: () => `67${hex(22)}`,
  };
}

/** A random MongoDB-style ObjectId (24 hex digits), as associations and blogs use. */
export const newObjectId = (): string => randomBytes(12).toString('hex');
