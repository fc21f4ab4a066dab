import app from '../index';
import { allCases } from './cases';

// Core's own compile and validate steps, as `zapier validate` runs them (offline part).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemaTools = require('zapier-platform-core/src/tools/schema') as {
  compileApp: (a: unknown) => unknown;
  validateApp: (a: unknown) => { stack?: string; property?: string; message?: string }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cleaner = require('zapier-platform-core/src/tools/cleaner') as { recurseCleanFuncs: (a: unknown) => unknown };
type Validator = { validate: (x: unknown) => { errors: { stack: string }[] } };
/* eslint-disable @typescript-eslint/no-require-imports */
const schemas: Record<'triggers' | 'creates' | 'searches', Validator> = {
  triggers: require('zapier-platform-schema/lib/schemas/TriggerSchema') as Validator,
  creates: require('zapier-platform-schema/lib/schemas/CreateSchema') as Validator,
  searches: require('zapier-platform-schema/lib/schemas/SearchSchema') as Validator,
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface Field { key: string; label?: string; helpText?: string; dynamic?: string; search?: string; children?: Field[] }
interface Op {
  key: string;
  noun: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: { type?: string; inputFields?: (Field | unknown)[]; outputFields?: (Field | unknown)[]; sample?: Record<string, unknown> };
}
const KINDS = ['triggers', 'creates', 'searches'] as const;
const all: [kind: (typeof KINDS)[number], op: Op][] = KINDS.flatMap((k) => Object.values(app[k] as Record<string, Op>).map((op) => [k, op] as [typeof k, Op]));
const visible = all.filter(([, op]) => !op.display.hidden);
const plain = (fields: unknown[] | undefined): Field[] => (fields ?? []).filter((f): f is Field => typeof f === 'object' && f !== null);

test('the whole app passes Zapier\'s schema validation', () => {
  expect(schemaTools.validateApp(schemaTools.compileApp(app)).map((e) => e.stack)).toEqual([]);
});

test.each(all.map(([k, op]) => [`${k}.${op.key}`, k, op] as const))('%s passes its own schema (which enforces samples)', (_n, kind, op) => {
  expect(schemas[kind].validate(cleaner.recurseCleanFuncs(op)).errors.map((e) => e.stack)).toEqual([]);
});

test.each(visible.map(([k, op]) => [`${k}.${op.key}`, op] as const))('%s: description, help texts, sample and labelled outputs', (_n, op) => {
  expect(op.display.description.length).toBeGreaterThan(20);
  expect(op.display.description).not.toBe(op.display.label);
  // A line-item group may not have help text of its own (Zapier's schema): its columns carry it.
  for (const f of plain(op.operation.inputFields).flatMap((g) => g.children ?? [g])) expect({ key: f.key, helpText: (f.helpText ?? '').length > 10 }).toEqual({ key: f.key, helpText: true });
  const outputs = plain(op.operation.outputFields);
  for (const f of outputs) expect({ key: f.key, label: Boolean(f.label) }).toEqual({ key: f.key, label: true });
  const labelled = new Set(outputs.map((f) => f.key));
  const sampleKeys = Object.keys(op.operation.sample ?? {}).filter((k) => !k.startsWith('custom_'));
  expect(sampleKeys.filter((k) => !labelled.has(k))).toEqual([]);
});

test('every dynamic dropdown and search reference points at an existing operation with those fields', () => {
  const problems: string[] = [];
  for (const [kind, op] of all) {
    for (const f of plain(op.operation.inputFields)) {
      if (f.dynamic) {
        const [key, idField, labelField] = f.dynamic.split('.');
        const source = (app.triggers as Record<string, Op>)[key!];
        const keys = Object.keys(source?.operation.sample ?? {});
        if (!source || !keys.includes(idField!) || !keys.includes(labelField!)) problems.push(`${kind}.${op.key}.${f.key} -> ${f.dynamic}`);
      }
      if (f.search && !(app.searches as Record<string, Op>)[f.search.split('.')[0]!]) problems.push(`${kind}.${op.key}.${f.key} search -> ${f.search}`);
    }
  }
  expect(problems).toEqual([]);
});

test('dropdown source triggers are hidden; catalog and Mailbox Power triggers are visible', () => {
  const triggers = app.triggers as Record<string, Op>;
  for (const [key, t] of Object.entries(triggers)) expect([key, Boolean(t.display.hidden)]).toEqual([key, key.endsWith('Dropdown')]);
  expect(triggers.newContact!.display.label).toBe('New Contact');
  expect(triggers.updatedContact!.display.label).toBe('Updated Contact');
});

test('search-or-create pairs Find Contact with Create Contact', () => {
  expect(app.searchOrCreates.findContact).toMatchObject({ search: 'findContact', create: 'createContact' });
});

// Instant (hook) triggers call the relay, not HighLevel: test/instant/hook-trigger.test.ts exercises each.
test('every operation, dropdowns included, is exercised by the request tables', () => {
  const covered = new Set(allCases.map((c) => c.op));
  expect(all.filter(([, op]) => op.operation.type !== 'hook').map(([k, op]) => `${k}.${op.key}`).filter((k) => !covered.has(k as `triggers.${string}`))).toEqual([]);
});
