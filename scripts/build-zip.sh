#!/usr/bin/env bash
# Builds build/build.zip (what `zapier push` uploads) offline and proves it runs.
# The CLI copies the whole project folder before installing production dependencies; with the
# dev dependencies (jest, fastify, tsx, ...) in node_modules that copy fails with EMFILE, so the
# build runs in a staging folder holding only what the app needs at run time.
# `build --skip-validation` skips only the online style check (zapier.com); Zapier's schema
# validation of the app and of every operation runs in npm test (test/app.test.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
npm run build
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -r package.json package-lock.json index.js dist .zapierapprc "$stage/"
(cd "$stage" && npm ci --omit=dev --no-audit --no-fund >/dev/null && bash "$repo/scripts/zapier-cli.sh" build --skip-validation)
mkdir -p build
cp "$stage/build/build.zip" "$stage/build/source.zip" build/
node scripts/verify-zip.js build/build.zip
