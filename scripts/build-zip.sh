#!/usr/bin/env bash
# Builds build/build.zip and build/source.zip (what `zapier upload` sends) offline and proves them.
# The CLI copies the whole project folder before installing production dependencies; with the
# dev dependencies (jest, fastify, tsx, ...) in node_modules that copy fails with EMFILE, so the
# build runs in a staging folder holding the app's source and only its production dependencies.
# build.zip: the CLI's dependency detection starting at index.js (-> dist/, the esbuild bundle).
# source.zip: every file of the staging folder not excluded by its .gitignore (zapier-platform-cli
# src/utils/build.js makeSourceZip + src/utils/ignore.js respectGitIgnore: without a .gitignore it
# takes everything, node_modules included), so the stage gets the project's .gitignore and the
# TypeScript source listed in SOURCE below (and what it imports from elsewhere: scripts/source-files.js);
# node_modules/, dist/ and build/ stay out.
# `build --skip-validation` skips only the online style check (zapier.com); Zapier's schema
# validation of the app and of every operation runs in npm test (test/app.test.ts) and in
# `npm run deploy` (validate --without-style).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
# The app's source as a reviewer reads it (tests, the sandbox and the tooling are not the app).
SOURCE=(package.json package-lock.json .gitignore .zapierapprc tsconfig.json index.js index.ts authentication.ts
  src triggers creates searches README.md CONTRIBUTING.md)
npm run build
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -r "${SOURCE[@]}" dist "$stage/"
# Files the app imports from outside those folders (relay/contract.ts), at their own paths.
node scripts/source-files.js --outside | while read -r f; do mkdir -p "$stage/$(dirname "$f")" && cp "$f" "$stage/$f"; done
(cd "$stage" && npm ci --omit=dev --no-audit --no-fund >/dev/null && bash "$repo/scripts/zapier-cli.sh" build --skip-validation)
mkdir -p build
cp "$stage/build/build.zip" "$stage/build/source.zip" build/
node scripts/verify-zip.js build/build.zip build/source.zip
