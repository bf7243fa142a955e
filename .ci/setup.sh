#!/usr/bin/env bash
# Idempotent set-up for a fresh machine that has only Node 20 + npm (and root):
# pnpm at the pinned version, the workspace's dependencies, and Debian's Chromium
# when browser tests need it (`--browser`). Safe to run again: each step checks before it acts.
set -euo pipefail
cd "$(dirname "$0")/.."

want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want_pnpm" ]; then
  echo "setup: installing pnpm $want_pnpm"
  npm install --global --no-fund --no-audit "pnpm@$want_pnpm" >/dev/null
fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium (browser tests)"
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# better-sqlite3 has no reachable prebuilt binary here: node-gyp builds it against Node's headers.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
pnpm install --reporter=append-only
