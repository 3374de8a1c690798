#!/usr/bin/env bash
# npm test: build, then every server test on the database DATABASE_URL names (SQLite when unset),
# then the dashboard's unit tests and the browser tests against the built server (skipped, and said so, without Chromium).
set -uo pipefail
cd "$(dirname "$0")/.."

npm run build || exit 1
status=0
npm run test:server -- "$@" || status=1
bash scripts/dashboard-unit-tests.sh || status=1
bash scripts/browser-tests.sh || status=1
exit $status
