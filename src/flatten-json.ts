/**
 * Any JSON answer as flat output a Zap can map. Nested keys are joined with "__", Zapier's own
 * convention for nested fields (`commit__message`, docs.zapier.com "Get Output Fields"); arrays of
 * scalars stay lists; arrays of objects become line-item style lists, one list per key, aligned by
 * item (an item without that key gives null), so "Body Contacts ID" maps every contact's id.
 * Inside such items a list is joined with commas (as Zapier shows lists); a list mixing scalars
 * and objects keeps its objects as JSON text.
 */
export type JsonScalar = string | number | boolean | null;
export type FlatJson = Record<string, JsonScalar | JsonScalar[]>;

export const SEPARATOR = '__';

const isScalar = (v: unknown): v is JsonScalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const join = (prefix: string, key: string): string => (prefix ? `${prefix}${SEPARATOR}${key}` : key);

/** Flatten `value` into `out` under `prefix`. */
export function flattenJson(value: unknown, prefix: string, out: FlatJson = {}): FlatJson {
  if (isScalar(value)) {
    out[prefix] = value;
  } else if (Array.isArray(value)) {
    if (value.every(isScalar)) out[prefix] = value;
    else if (value.every(isObject)) lineItems(value, prefix, out);
    else out[prefix] = value.map((v) => (isScalar(v) ? v : JSON.stringify(v)));
  } else if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out[prefix] = null;
    for (const [k, v] of entries) flattenJson(v, join(prefix, k), out);
  }
  return out;
}

function lineItems(items: Record<string, unknown>[], prefix: string, out: FlatJson): void {
  const flats = items.map((item) => flattenJson(item, ''));
  const keys = [...new Set(flats.flatMap((f) => Object.keys(f)))];
  for (const key of keys) {
    out[join(prefix, key)] = flats.map((f) => {
      const v = f[key];
      if (v === undefined) return null;
      return Array.isArray(v) ? v.map((x) => (x === null ? '' : String(x))).join(',') : v;
    });
  }
}
