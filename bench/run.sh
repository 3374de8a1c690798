#!/usr/bin/env bash
# npm run bench [users|customers|all]: builds the server if needed, then runs bench/run.js.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/apps/api/src/main.js ] || npm run build:server
exec node bench/run.js "${1:-all}"
