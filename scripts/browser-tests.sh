#!/usr/bin/env bash
# Runs the dashboard's Playwright tests in Chromium against the built server on a fresh SQLite
# database. Without Chromium the tests report themselves as skipped, with the reason.
set -uo pipefail
cd "$(dirname "$0")/.."

port=${BROWSER_TEST_PORT:-8299}
dir=$(mktemp -d)
PORT=$port DATABASE_URL="sqlite:$dir/browser.sqlite" SEED_DEMO_DATA=false LOG_LEVEL=warn NODE_ENV=test COMMUNICATIONS_DISPATCHER=true \
  node dist/apps/api/src/main.js > "$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT

for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" > /dev/null && break
  sleep 0.2
done
if ! curl -fs "http://127.0.0.1:$port/health" > /dev/null; then
  echo "browser tests: the server did not start"; cat "$dir/server.log"; exit 1
fi

# The portal test moves a one-time code into the past in this database instead of waiting ten minutes.
BROWSER_TEST_DATABASE="$dir/browser.sqlite" DASHBOARD_URL="http://127.0.0.1:$port" npm run e2e -w apps/dashboard -- "$@"
