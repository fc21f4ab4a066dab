// The relay's suites run on SQLite always and on PostgreSQL where RELAY_TEST_DATABASE_URL is set
// (.ci/run starts a PostgreSQL 15 and sets it). This file says once when PostgreSQL is not tested.
import pg from 'pg';
import { PG_URL } from './support/relay';

if (!PG_URL) {
  test.skip('because RELAY_TEST_DATABASE_URL is not set: the relay suites ran on SQLite only (bash .ci/run starts a throw-away PostgreSQL 15 and sets it)', () => undefined);
} else {
  test('RELAY_TEST_DATABASE_URL reaches PostgreSQL 15 or later', async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    await c.end();
    expect(Number(rows[0].v)).toBeGreaterThanOrEqual(150000);
  });
}
