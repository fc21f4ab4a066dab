import fs from 'node:fs';
import path from 'node:path';
import { SPEC_DIR, specAvailable } from '../support/spec';

/**
 * Response bodies built from HighLevel's own OpenAPI schemas (../shared/ghl-api/apps/*.json, read
 * at run time): `examples` takes each property's example, `types` a value of each property's
 * declared type (a property typed "object" becomes an object, as an answer true to the schema
 * would send it). Several of those schemas are wrong about HighLevel; neither body may fail a step.
 */
type Json = Record<string, unknown>;
export type Mode = 'examples' | 'types';
export { specAvailable };

const docs = new Map<string, Json>();
const doc = (app: string): Json => {
  let d = docs.get(app);
  if (!d) docs.set(app, (d = JSON.parse(fs.readFileSync(path.join(SPEC_DIR, 'apps', `${app}.json`), 'utf8')) as Json));
  return d;
};

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(app: string, schema: Json): Json {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let node: unknown = doc(app);
  for (const part of ref.slice(2).split('/')) node = isJson(node) ? node[part] : undefined;
  return isJson(node) ? resolve(app, node) : {};
}

function build(app: string, raw: Json, mode: Mode, depth: number): unknown {
  const schema = resolve(app, raw);
  if (mode === 'examples') {
    if ('example' in schema) return schema.example;
    if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  }
  const props = isJson(schema.properties) ? schema.properties : null;
  if (props && depth < 6) return Object.fromEntries(Object.entries(props).filter(([, p]) => isJson(p)).map(([k, p]) => [k, build(app, p as Json, mode, depth + 1)]));
  switch (schema.type) {
    case 'array':
      return isJson(schema.items) && depth < 6 ? [build(app, schema.items, mode, depth + 1)] : [];
    case 'string':
      return 'text';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    default:
      return {};
  }
}

/** A body shaped like the named schema of one spec file. */
export const specBody = (app: string, schemaName: string, mode: Mode): unknown => {
  const components = doc(app).components;
  const schemas = isJson(components) && isJson(components.schemas) ? components.schemas : {};
  const schema = schemas[schemaName];
  if (!isJson(schema)) throw new Error(`${app}.json has no schema ${schemaName}`);
  return build(app, schema, mode, 0);
};
