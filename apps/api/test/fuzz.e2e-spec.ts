import type { AddressInfo } from 'node:net';
import type { TestApp } from '@contactly/platform/testing';
import { type CrmSimulators, startCrmSimulators } from '../../crm-simulator/src/index.js';
import { type PaymentGatewaySimulator, startPaymentGatewaySimulator } from '../../payment-gateway-simulator/src/index.js';
import { REPO_ROOT } from '../src/paths.js';
import { createApiTestApp } from './api-test-app.js';
import { AdminKeeper } from './fuzz/admin-keeper.js';
import { HttpClient } from './fuzz/http-client.js';
import { KnownRecords } from './fuzz/known-records.js';
import { type FuzzOperation, loadDocument, operationsOf, SchemaResolver } from './fuzz/openapi.js';
import { byMethodOrder, planOperation, seedRequest } from './fuzz/plan.js';
import { fuzzSeed, Rng } from './fuzz/random.js';
import type { PlanContext, PlannedRequest } from './fuzz/request-shape.js';
import { FuzzRunner } from './fuzz/runner.js';

/** A request with no answer after this long is a hang, reported with the request that caused it. */
const REQUEST_TIMEOUT_MS = 10_000;
/** A little concurrency: enough to keep both cores busy, and to let requests meet in the database. */
const CONCURRENCY = 6;

/**
 * Schema-driven fuzzing: every operation of the committed OpenAPI document gets its valid request
 * and a catalogue of hostile ones (bad types, missing and unknown fields, 100 kB strings, JSON
 * 2,000 deep, lone surrogates, SQL-ish text, path-ish ids, empty, null and oversized bodies,
 * wrong content types, broken multipart), each as the admin and anonymously. A new route is
 * fuzzed as soon as it is in openapi.json. Nothing may answer 5xx or hang, and every 4xx must
 * be in the common error shape. The seed is printed with the failures; FUZZ_SEED replays it.
 * FUZZ_VERBOSE=1 prints what was sent and how long it took; FUZZ_LOG=<file> writes every request
 * and its answer as a JSON line.
 */
describe('fuzzing every documented operation', () => {
  const seed = fuzzSeed();
  let sims: CrmSimulators;
  let gateway: PaymentGatewaySimulator;
  let t: TestApp;
  let client: HttpClient;

  beforeAll(async () => {
    // Side effects outside the database: the support hub's refresh pulls from the CRMs, so real
    // simulators (small ones) answer it, as in the support hub's own tests, rather than a 503 "no
    // CRM configured" on every refresh. Communications need nothing special: as in every test the
    // dispatcher is off and no provider is set, so what is sent lands in the dev mailbox. Cards
    // go to the payment gateway simulator over HTTP, as with `npm start`.
    sims = await startCrmSimulators({ bananaPort: 0, strawberryPort: 0, bananaCases: 15, strawberryCases: 15 });
    gateway = await startPaymentGatewaySimulator({ port: 0 });
    t = await createApiTestApp({
      env: {
        PAYMENT_GATEWAY_URL: gateway.url,
        BANANA_URL: sims.bananaUrl,
        STRAWBERRY_URL: sims.strawberryUrl,
        SUPPORT_HUB_HTTP_TIMEOUT_MS: '2000',
        SUPPORT_HUB_HTTP_RETRIES: '1',
        SUPPORT_HUB_RETRY_BASE_MS: '5',
      },
    });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    client = new HttpClient('127.0.0.1', port, CONCURRENCY);
  });
  afterAll(async () => {
    client?.close();
    await t?.close();
    await sims?.close();
    await gateway?.close();
  });

  it('answers every fuzzed request without a 5xx or a hang, and every 4xx in the error shape', async () => {
    const started = Date.now();
    const document = loadDocument(REPO_ROOT);
    const operations = operationsOf(document).sort(byMethodOrder);
    const ctx: PlanContext = { resolver: new SchemaResolver(document), records: new KnownRecords(), rng: new Rng(seed) };
    const keeper = await AdminKeeper.start(t);
    const runner = new FuzzRunner(client, keeper, REQUEST_TIMEOUT_MS);
    // Operations that take a password can change the admin's own (see AdminKeeper).
    const takesPassword = (op: FuzzOperation) => !!op.body && ctx.resolver.hasFormat(op.body.schema, 'password');

    // Seeding: lists and creates without a path id, as the admin, so that path ids and id fields of
    // the fuzzed requests can name records that exist. Twice: a create that needs another record
    // (a block needs a client) finds it the second time.
    const seeding = operations.filter((op) => !op.pathParams.length && (op.method === 'GET' || op.method === 'POST'));
    for (let round = 0; round < 2; round += 1) {
      await runner.run(
        seeding.map((op) => seedRequest(op, ctx)),
        {
          concurrency: 1,
          guardAdmin: true,
          onOutcome: (o) =>
            o.response && ctx.records.learn(o.request.operation, o.response.status, o.response.body, header(o.response.headers.location)),
        },
      );
    }

    const plans = new Map<FuzzOperation, PlannedRequest[]>(
      operations.map((op, index) => [op, planOperation(op, index, ctx, t.config.bodyLimitBytes)]),
    );
    for (const methods of [['GET'], ['POST', 'PUT', 'PATCH'], ['DELETE']]) {
      const phase = operations.filter((op) => methods.includes(op.method));
      await runner.run(
        phase.filter((op) => !takesPassword(op)).flatMap((op) => plans.get(op)!),
        { concurrency: CONCURRENCY },
      );
      await runner.run(
        phase.filter(takesPassword).flatMap((op) => plans.get(op)!),
        { concurrency: 1, guardAdmin: true },
      );
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = `FUZZ_SEED=${seed}: ${runner.sent} requests to ${operations.length} operations in ${seconds} s on ${t.db.dialect}`;
    if (process.env.FUZZ_VERBOSE)
      process.stdout.write(`${summary}; admin password restored after: ${keeper.restoredAfter.join(', ') || 'none'}\n`);

    // Every operation of the document was fuzzed, by more than its valid request.
    expect(
      operations.filter((op) => (runner.perOperation.get(`${op.method} ${op.path}`) ?? 0) < 4).map((op) => `${op.method} ${op.path}`),
    ).toEqual([]);
    // One assertion with every failure, the seed first so the run can be replayed.
    expect(runner.failures.length ? [`${summary}; ${runner.failures.length} failures:`, ...runner.failures.sort()] : []).toEqual([]);
  }, 180_000);
});

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
