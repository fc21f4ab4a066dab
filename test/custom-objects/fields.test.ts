import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { appTester, AUTH, intercept, resetNock } from '../support/harness';

afterEach(resetNock);

type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
const lastFn = (fields: unknown[] | undefined): Fn => (fields ?? []).filter((f) => typeof f === 'function').pop() as Fn;
const KEY = 'custom_objects.pet';
const SCHEMA = {
  object: { id: 'o1', key: KEY, primaryDisplayProperty: `${KEY}.name` },
  cache: false,
  fields: [
    { id: 'f1', name: 'Name', fieldKey: `${KEY}.name`, dataType: 'TEXT' },
    { id: 'f2', name: 'Species', fieldKey: `${KEY}.species`, dataType: 'RADIO', options: [{ key: 'dog', label: 'Dog' }, { key: 'cat', label: 'Cat' }] },
    { id: 'f3', name: 'Weight (kg)', fieldKey: `${KEY}.weight`, dataType: 'NUMERICAL' },
    { id: 'f4', name: 'Tricks', fieldKey: `${KEY}.tricks`, dataType: 'MULTIPLE_OPTIONS', options: [{ key: 'sit', label: 'Sit' }, { key: 'roll', label: 'Roll over' }] },
    { id: 'f5', name: 'Papers', fieldKey: `${KEY}.papers`, dataType: 'FILE_UPLOAD' },
    { id: 'f6', name: 'Contacts', fieldKey: `${KEY}.contacts`, dataType: 'TEXTBOX_LIST' },
  ],
};

test('Create Custom Object Record offers the chosen object\'s fields as typed inputs (files and text box lists left out)', async () => {
  const calls = intercept('GET', `/objects/${KEY}`, { body: SCHEMA });
  const fields = await appTester(lastFn(app.creates.createCustomObjectRecord!.operation.inputFields as unknown[]), { authData: AUTH, inputData: { schemaKey: KEY } } as unknown as Bundle);
  expect(fields).toEqual([
    { key: 'property__name', label: 'Name', helpText: `Field "Name" (${KEY}.name, text).`, required: false, type: 'string' },
    { key: 'property__species', label: 'Species', helpText: `Field "Species" (${KEY}.species, radio).`, required: false, type: 'string', choices: { dog: 'Dog', cat: 'Cat' } },
    { key: 'property__weight', label: 'Weight (kg)', helpText: `Field "Weight (kg)" (${KEY}.weight, numerical).`, required: false, type: 'number' },
    { key: 'property__tricks', label: 'Tricks', helpText: `Field "Tricks" (${KEY}.tricks, multiple_options). Options: Sit, Roll over.`, required: false, list: true, type: 'string', choices: { sit: 'Sit', roll: 'Roll over' } },
  ]);
  expect(calls[0]!.query).toEqual({ locationId: 'LOC123', fetchProperties: 'true' });
});

test('no object chosen yet: no field inputs and no request', async () => {
  const fields = await appTester(lastFn(app.creates.updateCustomObjectRecord!.operation.inputFields as unknown[]), { authData: AUTH, inputData: {} } as unknown as Bundle);
  expect(fields).toEqual([]);
});

test('outputs are labelled with the object\'s field names', async () => {
  intercept('GET', `/objects/${KEY}`, { body: SCHEMA });
  const fields = await appTester(lastFn(app.triggers.newCustomObjectRecord!.operation.outputFields as unknown[]), { authData: AUTH, inputData: { schemaKey: KEY } } as unknown as Bundle);
  expect(fields).toEqual(SCHEMA.fields.map((f) => ({ key: `properties__${f.fieldKey.slice(KEY.length + 1)}`, label: f.name })));
});
