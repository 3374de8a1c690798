import { appendFileSync } from 'node:fs';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import type { AdminKeeper } from './admin-keeper.js';
import type { HttpClient, WireRequest } from './http-client.js';
import { describeOutcome, type Outcome, problemOf } from './oracle.js';
import { type Principal, type PlannedRequest, targetOf } from './request-shape.js';

export interface RunOptions {
  concurrency: number;
  /** One request at a time, the admin's password checked after each (see AdminKeeper). */
  guardAdmin?: boolean;
  onOutcome?: (outcome: Outcome) => void;
}

/** Sends planned requests, each once per principal, and collects every failure instead of stopping at the first. */
export class FuzzRunner {
  readonly failures: string[] = [];
  sent = 0;
  /** Requests per operation (`METHOD path`), to show that every operation was fuzzed. */
  readonly perOperation = new Map<string, number>();

  constructor(
    private readonly client: HttpClient,
    private readonly keeper: AdminKeeper,
    private readonly timeoutMs: number,
  ) {}

  async run(requests: PlannedRequest[], options: RunOptions): Promise<void> {
    const jobs = requests.flatMap((request) => request.principals.map((principal) => ({ request, principal })));
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const { request, principal } = jobs[next];
        next += 1;
        const outcome = await this.sendOne(request, principal);
        if (options.guardAdmin)
          await this.keeper.restoreIfChanged(`${request.operation.method} ${outcome.target.slice(0, 80)} [${request.mutation}]`);
        options.onOutcome?.(outcome);
      }
    };
    await Promise.all(Array.from({ length: options.guardAdmin ? 1 : options.concurrency }, worker));
  }

  private async sendOne(request: PlannedRequest, principal: Principal): Promise<Outcome> {
    const wire = wireOf(request, principal);
    const key = `${request.operation.method} ${request.operation.path}`;
    this.perOperation.set(key, (this.perOperation.get(key) ?? 0) + 1);
    this.sent += 1;
    const outcome: Outcome = { request, principal, target: wire.target };
    const started = Date.now();
    try {
      outcome.response = await this.client.send(wire, this.timeoutMs);
    } catch (error) {
      outcome.error = error instanceof Error ? `${error.message}${'code' in error ? ` (${String(error.code)})` : ''}` : String(error);
    }
    if (process.env.FUZZ_LOG) {
      // Every request and its answer, for looking into a run (not asserted on).
      const line = {
        ms: Date.now() - started,
        principal,
        operation: key,
        mutation: request.mutation,
        target: wire.target.slice(0, 300),
        sent: wire.body?.subarray(0, 300).toString(),
        status: outcome.response?.status,
        error: outcome.error,
        body: outcome.response?.body.slice(0, 300),
      };
      appendFileSync(process.env.FUZZ_LOG, `${JSON.stringify(line)}\n`);
    }
    const problem = problemOf(outcome);
    if (problem) this.failures.push(describeOutcome(outcome, problem));
    return outcome;
  }
}

function wireOf(request: PlannedRequest, principal: Principal): WireRequest {
  const { shape, operation } = request;
  const headers: Record<string, string | string[]> = { Accept: 'application/json', ...shape.headers };
  if (principal === 'admin' && !Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) headers.Authorization = ADMIN_AUTH;
  if (principal === 'anonymous') for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
  if (shape.body?.contentType) headers['Content-Type'] = shape.body.contentType;
  return { method: operation.method, target: targetOf(operation, shape), headers, body: shape.body?.payload };
}
