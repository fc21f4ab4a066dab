import type { Bundle, ZObject } from 'zapier-platform-core';
import { defineRecord, defineResult, readAs, t } from '../../src/record-table';
import { userMessage } from '../support/table';

/** A step context whose z.console lines are kept. */
function ctxWithConsole() {
  const lines: string[] = [];
  const z = { console: { log: (line: string) => lines.push(line) } } as unknown as ZObject;
  return { ctx: { z, bundle: { authData: {}, inputData: {} } as unknown as Bundle }, lines };
}

const thing = defineRecord(
  {
    id: { label: 'Thing ID', type: t.text, from: ['id', '_id'], sample: 'th1' },
    count: { label: 'Count', type: t.integer, sample: 2 },
    born: { label: 'Born', type: t.date, sample: '1988-04-12' },
    seen: { label: 'Seen', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    owners: { label: 'Owners', type: t.pluck('userId'), from: 'team', sample: ['u1'] },
    city: { label: 'City', type: t.text, from: 'address.city', sample: 'Dolomite' },
    where: { label: 'Where', type: t.text, from: [], derive: (o) => (o.city ? `in ${String(o.city)}` : null), sample: 'in Dolomite' },
  },
  { name: 'thing', missingId: () => 'made-up' },
);

describe('coercions', () => {
  test('dates: ISO date or date-time, epoch ms and s -> YYYY-MM-DD; other text is kept', () => {
    expect([Date.UTC(1988, 3, 12), Date.UTC(1988, 3, 12) / 1000, '1988-04-12T23:00:00-05:00', '04/12/1988'].map((v) => readAs(t.date, v))).toEqual([
      '1988-04-12', '1988-04-12', '1988-04-12', '04/12/1988',
    ]);
  });

  test('numbers: numeric text is a number, blank text is none, other text is refused', () => {
    expect(['42', ' ', 7].map((v) => readAs(t.number, v))).toEqual([42, null, 7]);
    expect(t.number.read('forty')).toEqual({ wrong: 'a string' });
    expect(t.integer.zapierType).toBe('integer');
  });

  test('loose text keeps an object as its JSON; a list of records gives one key of each', () => {
    expect(readAs(t.looseText, { code: 'card_declined' })).toBe('{"code":"card_declined"}');
    expect(readAs(t.pluck('url'), ['https://a', { url: 'https://b' }, { name: 'x' }])).toEqual(['https://a', 'https://b']);
  });
});

describe('a record table', () => {
  test('reads nested and alternative sources, derives, and logs the field left empty with the record id', async () => {
    const { ctx, lines } = ctxWithConsole();
    const row = thing.parse({ _id: 'th9', count: '3', born: {}, seen: 1710428645, team: [{ userId: 'u1' }, 'u2'], address: { city: 'Dolomite' } }, 'things.0', 'the thing list');
    expect(await thing.output([row], ctx)).toEqual([
      { id: 'th9', count: 3, born: null, seen: '2024-03-14T15:04:05.000Z', owners: ['u1', 'u2'], city: 'Dolomite', where: 'in Dolomite' },
    ]);
    expect(lines).toEqual(['HighLevel sent thing th9 with "born" (Born) as an object; the output "born" is left empty.']);
    expect(thing.hadId(row)).toBe(true);
  });

  test('a record the spec gives no id gets `missingId`, and says so', () => {
    const row = thing.parse({ count: 1 }, '', 'the thing request');
    expect([row.id, thing.hadId(row)]).toEqual(['made-up', false]);
  });

  test('bare or wrapped single records; a missing record names where', () => {
    const one = thing.one('thing', 'the thing request', { bare: true });
    expect([one({ id: 'a' }).id, one({ thing: { id: 'b' } }).id]).toEqual(['a', 'b']);
    let message = '';
    try {
      thing.one('thing')({ other: 1 });
    } catch (e) {
      message = userMessage(e);
    }
    expect(message).toBe('HighLevel answered the thing request with an unexpected response at "thing": no thing in the answer.');
  });

  test('output fields and sample come from the table, types included', () => {
    expect(thing.outputFields.map((o) => [o.key, o.type ?? '', o.list ?? false])).toEqual([
      ['id', '', false], ['count', 'integer', false], ['born', '', false], ['seen', 'datetime', false], ['owners', '', true], ['city', '', false], ['where', '', false],
    ]);
    expect(thing.sample).toEqual({ id: 'th1', count: 2, born: '1988-04-12', seen: '2025-03-14T15:04:05.000Z', owners: ['u1'], city: 'Dolomite', where: 'in Dolomite' });
    expect(thing.empty).toEqual({ id: null, count: null, born: null, seen: null, owners: [], city: null, where: null });
  });
});

test('a result table reads an empty 2xx body as every field empty, and refuses a non-object', () => {
  const { ctx } = ctxWithConsole();
  const result = defineResult({ ok: { label: 'OK', type: t.boolean, derive: () => true, sample: true } }, { name: 'the change', what: 'the change' });
  expect(result.output(undefined, ctx)).toEqual({ ok: true });
  expect(() => result.output([1], ctx)).toThrow(/the change with an unexpected response: expected an object, got a list/);
});
