#!/usr/bin/env bash
# The dashboard's unit tests (Vitest, jsdom), with their totals added to CONTACTLY_TOTALS_FILE.
set -uo pipefail
cd "$(dirname "$0")/.."
report=$(mktemp)
npm test -w apps/dashboard -- --reporter=default --reporter=json --outputFile="$report"
status=$?
if [ -n "${CONTACTLY_TOTALS_FILE:-}" ] && [ -s "$report" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const line = { runner: "vitest (dashboard)", passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites ?? 0), skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
    require("fs").appendFileSync(process.env.CONTACTLY_TOTALS_FILE, JSON.stringify(line) + "\n");
  ' "$report"
fi
rm -f "$report"
exit $status
