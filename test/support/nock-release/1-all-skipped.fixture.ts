// A file whose tests are all skipped (as the PostgreSQL suites are without a database): jest runs
// none of its hooks, so test/support/after-env.ts never releases this file's nock.
test.skip('skipped', () => undefined);
