#!/usr/bin/env bash
# A throw-away PostgreSQL 15 for tests and benchmarks: `source relay/scripts/pg-temp.sh` starts
# one in a temp dir on a free port as a non-root user (PostgreSQL refuses to run as root), exports
# RELAY_TEST_DATABASE_URL, and `pg_temp_stop` (registered by the caller's trap) stops it and
# deletes its data. Installs the server with apt-get only when it is absent.
pg_temp_start() {
  local bin=/usr/lib/postgresql/15/bin
  if [ ! -x "$bin/postgres" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  fi
  local user
  user="$(id -un)"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    user=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    run=(runuser -u postgres --)
  fi
  PG_TEMP_DIR="$(mktemp -d /tmp/relay-pg.XXXXXX)"
  chown "$user" "$PG_TEMP_DIR"
  PG_TEMP_PORT="${PG_TEMP_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
  # From /tmp: the postgres user may not be able to read the checkout's folder.
  (cd /tmp && "${run[@]}" "$bin/initdb" -D "$PG_TEMP_DIR/data" -U relay --auth=trust -E UTF8 >/dev/null)
  # fsync off: a test database on a throw-away folder (the tests kill the relay, never PostgreSQL).
  (cd /tmp && "${run[@]}" "$bin/pg_ctl" -D "$PG_TEMP_DIR/data" -l "$PG_TEMP_DIR/log" -w \
    -o "-p $PG_TEMP_PORT -k $PG_TEMP_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null) \
    || { cat "$PG_TEMP_DIR/log" >&2; return 1; }
  PG_TEMP_RUN=("${run[@]}")
  export RELAY_TEST_DATABASE_URL="postgres://relay@127.0.0.1:$PG_TEMP_PORT/postgres"
  echo "PostgreSQL 15 on 127.0.0.1:$PG_TEMP_PORT (data in $PG_TEMP_DIR)"
}
pg_temp_stop() {
  [ -n "${PG_TEMP_DIR:-}" ] || return 0
  (cd /tmp && "${PG_TEMP_RUN[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$PG_TEMP_DIR/data" -m fast -w stop >/dev/null 2>&1) || true
  rm -rf "$PG_TEMP_DIR"
  PG_TEMP_DIR=
}
