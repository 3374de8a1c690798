#!/usr/bin/env bash
# npm run bench [users|customers|clients|hub|sending|catalog|inventory|soak|all]      (default: users)
#   users      GET /api/v1/users/{id} against a raw node:http + mysql2 baseline (bench/users-get.bench.js),
#              on a fresh database: BENCH_DATABASE_URL (default mariadb://root@127.0.0.1:3306/contactly_bench)
#              is dropped and created again (utf8mb4) first.
#   customers  customer search and GET customer/{id} at 1M customers (bench/run.js). Its data takes long to
#              generate, so it lives in its own database that is kept between runs:
#              BENCH_CUSTOMERS_DATABASE_URL (default mariadb://root@127.0.0.1:3306/contactly_bench_customers).
#   clients    GET /api/v1/clients (the communications platform's clients) at the same 1M customers.
#   hub        the support hub at 2 × 50,000 CRM cases: full and incremental refresh, get-all and search
#              latency (libs/support-hub/bench/refresh.bench.ts), on fresh databases under
#              BENCH_HUB_DATABASE_URL (default mariadb://root@127.0.0.1:3306/contactly_bench_hub).
#   sending    the communications platform: a communication to BENCH_RECIPIENTS clients (default 100,000)
#              accepted, and dispatched to the dev mailbox (libs/communications/bench/sending.bench.ts), on fresh
#              databases under BENCH_SENDING_DATABASE_URL (default mariadb://root@127.0.0.1:3306/contactly_bench_sending).
#   catalog    the product catalog at BENCH_OFFERINGS offerings (default 10,000): GET productOffering pages
#              beside a node:http + mysql2 baseline, and the daily dump of 100,000 offerings through the built
#              server in its own process (time, the server's RSS) beside a mysql2 streaming baseline
#              (libs/catalog/bench/*.bench.ts), on fresh databases under BENCH_CATALOG_DATABASE_URL
#              (default mariadb://root@127.0.0.1:3306/contactly_bench_catalog).
#   inventory  numbers and subscriptions (libs/inventory/bench/*.bench.ts): 1,000 concurrent reservations in a
#              pool of 100,000 (through the built server in its own process, and through the test app), the random pick at 1,000,000 numbers, the renewal of 100,000 due subscriptions,
#              each beside a mysql2 baseline, on fresh databases under BENCH_INVENTORY_DATABASE_URL
#              (default mariadb://root@127.0.0.1:3306/contactly_bench_inventory).
#   soak       10 minutes (BENCH_SOAK_MINUTES) of mixed reads and writes at ~70% of the saturation rate:
#              errors, p99 per minute, server memory after warm-up (bench/soak.js), on a fresh database
#              BENCH_SOAK_DATABASE_URL (default mariadb://root@127.0.0.1:3306/contactly_bench_soak). Not part of `all`.
# Builds the server first when dist/ is missing or older than the source. BENCH_SERVER_NODE_FLAGS adds Node
# flags to the built server a benchmark starts (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"). Every scenario is bounded in time and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario=${1:-users}
case "$scenario" in users | customers | clients | hub | sending | catalog | inventory | soak | all) ;; *)
  echo "usage: npm run bench [-- users|customers|clients|hub|sending|catalog|inventory|soak|all]" >&2
  exit 64
  ;;
esac

# A build whose `tsc` step failed stops before tsc-alias and leaves imports of @contactly/* that Node
# cannot resolve: treat it like a missing build.
# A build older than the source would measure old code: build again then too.
if [ ! -f dist/apps/api/src/main.js ] || grep -q "from '@contactly/" dist/apps/api/src/main.js ||
  [ -n "$(find apps/api/src libs/*/src -name '*.ts' -newer dist/apps/api/src/main.js -print -quit)" ]; then
  echo "bench: dist/ is missing, half-built or older than the source: building the server (npm run build:server)"
  npm run build:server
fi

# Drops and creates the database a mariadb:// URL names. Only a database whose name contains "bench":
# a mistyped BENCH_DATABASE_URL must never drop a real one.
fresh_database() {
  BENCH_URL=$1 node --input-type=module -e '
    import mysql from "mysql2/promise";
    const url = new URL(process.env.BENCH_URL);
    const name = decodeURIComponent(url.pathname.slice(1));
    if (!/^mariadb:|^mysql:/.test(url.protocol) || !/^[A-Za-z0-9_]*bench[A-Za-z0-9_]*$/.test(name)) {
      console.error(`bench: refusing to drop "${name}" (${url.protocol}): the benchmark database must be a mariadb:// URL whose name contains "bench"`);
      process.exit(64);
    }
    const db = await mysql.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username || "root"), password: decodeURIComponent(url.password), connectTimeout: 10000 });
    await db.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await db.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    await db.end();
    console.log(`bench: fresh database ${name} on ${url.host}`);
  '
}

# `timeout` is the outer bound; each script also has its own watchdog and kills its child servers.
status=0
if [ "$scenario" = users ] || [ "$scenario" = all ]; then
  export BENCH_DATABASE_URL=${BENCH_DATABASE_URL:-mariadb://root@127.0.0.1:3306/contactly_bench}
  fresh_database "$BENCH_DATABASE_URL"
  timeout --kill-after=15 420 node bench/users-get.bench.js || status=$?
fi
for part in customers clients; do
  if [ "$scenario" = "$part" ] || [ "$scenario" = all ]; then
    BENCH_DATABASE_URL=${BENCH_CUSTOMERS_DATABASE_URL:-mariadb://root@127.0.0.1:3306/contactly_bench_customers} \
      node bench/run.js "$part" || status=$?
  fi
done
if [ "$scenario" = hub ] || [ "$scenario" = all ]; then
  # Runs in Jest beside the simulators (the test app makes a fresh database per file from this URL).
  DATABASE_URL=${BENCH_HUB_DATABASE_URL:-mariadb://root@127.0.0.1:3306/contactly_bench_hub} timeout --kill-after=15 900 \
    node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js \
    --testMatch '**/libs/*/bench/*.bench.ts' --testTimeout 900000 --verbose=false libs/support-hub/bench || status=$?
fi
# The lib benchmarks run in Jest (the test app makes a fresh database per file from the URL), one file at a time,
# with the server's production Node flags (package.json start:built) and a GC they can call to see the live heap.
server_node_flags=$(node --input-type=module -e 'import { SERVER_NODE_FLAGS } from "./bench/lib/node-flags.js"; console.log(SERVER_NODE_FLAGS.join(" "))')
lib_bench() {
  # shellcheck disable=SC2086 # the flags are words
  DATABASE_URL=$1 timeout --kill-after=15 1800 \
    node $server_node_flags --expose-gc --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js \
    --testMatch '**/libs/*/bench/*.bench.ts' --testTimeout 1800000 --verbose=false --runInBand "$2" || status=$?
}
if [ "$scenario" = sending ] || [ "$scenario" = all ]; then
  lib_bench "${BENCH_SENDING_DATABASE_URL:-mariadb://root@127.0.0.1:3306/contactly_bench_sending}" libs/communications/bench
fi
if [ "$scenario" = catalog ] || [ "$scenario" = all ]; then
  lib_bench "${BENCH_CATALOG_DATABASE_URL:-mariadb://root@127.0.0.1:3306/contactly_bench_catalog}" libs/catalog/bench
fi
if [ "$scenario" = inventory ] || [ "$scenario" = all ]; then
  lib_bench "${BENCH_INVENTORY_DATABASE_URL:-mariadb://root@127.0.0.1:3306/contactly_bench_inventory}" libs/inventory/bench
fi
if [ "$scenario" = soak ]; then
  export BENCH_SOAK_DATABASE_URL=${BENCH_SOAK_DATABASE_URL:-mariadb://root@127.0.0.1:3306/contactly_bench_soak}
  fresh_database "$BENCH_SOAK_DATABASE_URL"
  timeout --kill-after=15 $(( ${BENCH_SOAK_MINUTES:-10} * 60 + 360 )) node bench/soak.js || status=$?
fi
exit "$status"
