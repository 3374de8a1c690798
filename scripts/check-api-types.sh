#!/usr/bin/env bash
# Fails when apps/dashboard/src/api/schema.d.ts is not what openapi-typescript makes of the committed openapi.json
# (the dashboard's types would have drifted from the API). Regenerate with `npm run api-types -w apps/dashboard`.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp --suffix=.d.ts)
trap 'rm -f "$fresh"' EXIT
(cd apps/dashboard && npx openapi-typescript ../../openapi.json -o "$fresh" > /dev/null)
if ! diff -q "$fresh" apps/dashboard/src/api/schema.d.ts > /dev/null; then
  echo "apps/dashboard/src/api/schema.d.ts is stale: run npm run api-types -w apps/dashboard and commit it" >&2
  exit 1
fi
echo "dashboard API types are up to date"
