import { COVERED_FILES, coverageRows, loadReasons, staleReasons } from './support/endpoint-coverage';
import { SKIP_MESSAGE, specAvailable } from './support/spec';

/**
 * The reasons in docs/endpoint-reasons.json stay true: each names an endpoint of the covered spec
 * files that the app does not use, and says why. Endpoints neither used nor listed ("not yet") do
 * not fail this test; the README table counts them.
 */
if (specAvailable) {
  test('no reason is stale: every one is for an endpoint of the covered spec files that no operation uses', () => {
    expect(staleReasons()).toEqual([]);
  });

  test('a reason for an endpoint the app now uses, for one not in the specs, or without a real reason is reported', () => {
    expect(
      staleReasons({
        'POST /contacts/search': 'Searching contacts is not something a Zap would do at all.',
        'GET /contacts/nowhere': 'This endpoint does not exist in any of the spec files.',
        'GET /store/store-setting': 'todo',
      }),
    ).toEqual([
      expect.stringMatching(/^POST \/contacts\/search: now used by New Contact, .+; remove its reason$/),
      'GET /contacts/nowhere: not an endpoint of the covered spec files (29 files)',
      'GET /store/store-setting: the reason must say why it is not an operation',
    ]);
  });

  test('the table covers every endpoint of the 29 spec files of issue 14 once (384 endpoints), each used, listed or not yet', () => {
    const rows = coverageRows();
    expect(new Set(rows.map((r) => r.file))).toEqual(new Set(COVERED_FILES));
    expect(rows).toHaveLength(384);
    expect(new Set(rows.map((r) => r.endpoint)).size).toBe(rows.length);
    const listed = rows.filter((r) => r.coverage === 'listed');
    expect(listed.map((r) => r.endpoint).sort()).toEqual(Object.keys(loadReasons()).sort());
    expect(rows.find((r) => r.endpoint === 'GET /contacts/{contactId}')).toMatchObject({ coverage: 'used', detail: expect.stringContaining('Get Contact') });
  });
} else {
  test.skip(SKIP_MESSAGE, () => undefined);
}
