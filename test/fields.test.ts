import { f, parseDateTime, parseInputs } from '../src/fields';

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (JSON.parse((e as Error).message) as { message: string }).message;
  }
  return 'no error';
};

describe('field parsing', () => {
  const inputs = {
    when: f.datetime({ label: 'When', helpText: 'h' }),
    born: f.date({ label: 'Born', helpText: 'h' }),
    tags: f.list({ label: 'Tags', helpText: 'h' }),
    count: f.number({ label: 'Count', helpText: 'h' }),
    ok: f.boolean({ label: 'OK', helpText: 'h' }),
    phone: f.phone({ label: 'Phone', helpText: 'h' }),
    email: f.email({ label: 'Email', helpText: 'h' }),
    name: f.text({ label: 'Name', required: true, helpText: 'h' }),
  };

  test('normalises what Zapier sends', () => {
    expect(
      parseInputs(inputs, {
        when: '2025-03-14T10:00:00-05:00',
        born: '12/31/1990',
        tags: ['a, b', 'c', 'a'],
        count: '4.5',
        ok: 'yes',
        phone: ' +1 (512) 555-0143 ',
        email: 'x@example.com',
        name: '  Rosa ',
      }),
    ).toEqual({ when: '2025-03-14T15:00:00.000Z', born: '1990-12-31', tags: ['a', 'b', 'c'], count: 4.5, ok: true, phone: '+1 (512) 555-0143', email: 'x@example.com', name: 'Rosa' });
  });

  test('blank optional values are left out, not sent as empty strings', () => {
    expect(parseInputs(inputs, { name: 'R', when: '', tags: '', email: '  ' })).toEqual({ name: 'R' });
  });

  test.each([
    [{ name: '' }, '"Name" (name) is required'],
    [{ name: 'R', when: '14/03/2025 10am' }, '"When" (when) must be a date and time such as 2025-03-14T15:00:00-05:00, got "14/03/2025 10am"'],
    [{ name: 'R', born: '2025-02-30' }, '"Born" (born) must be a date such as 1990-09-25, got "2025-02-30"'],
    [{ name: 'R', count: 'many' }, '"Count" (count) must be a number, got "many"'],
    [{ name: 'R', count: '0x10' }, '"Count" (count) must be a number, got "0x10"'],
    [{ name: 'R', born: '1990-09-25junk' }, '"Born" (born) must be a date such as 1990-09-25, got "1990-09-25junk"'],
    [{ name: 'R', ok: 'maybe' }, '"OK" (ok) must be true or false, got "maybe"'],
    [{ name: 'R', phone: '555' }, '"Phone" (phone) must be a phone number with 7 to 15 digits, preferably with country code (e.g. +1 555 010 0199), got "555"'],
    [{ name: 'R', email: 'rosa.example.com' }, '"Email" (email) must be a valid email address, got "rosa.example.com"'],
  ])('%j -> %s', (data, expected) => {
    expect(message(() => parseInputs(inputs, data))).toBe(expected);
  });

  test('date-times: epoch seconds and milliseconds, ISO without offset as UTC, garbage refused', () => {
    expect(parseDateTime('1710428400')?.toISOString()).toBe('2024-03-14T15:00:00.000Z');
    expect(parseDateTime(1710428400000)?.toISOString()).toBe('2024-03-14T15:00:00.000Z');
    expect(parseDateTime('2024-03-14')?.toISOString()).toBe('2024-03-14T00:00:00.000Z');
    expect(parseDateTime('2024-03-14 10:30:00')?.toISOString()).toBe('2024-03-14T10:30:00.000Z');
    expect(parseDateTime('soon')).toBeNull();
  });
});
