import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Prng } from './prng.js';

/** What `PUT /__faults` accepts; every field optional, rates between 0 and 1. */
export interface Faults {
  latencyMs?: number;
  /** Answers 500, 502 or 503. */
  errorRate?: number;
  /** Every n-th request gets 429 with `Retry-After`. */
  rateLimit?: { every: number; retryAfterSeconds: number };
  /** Holds the request for `timeoutMs` (default 60 s) before answering. */
  timeoutRate?: number;
  timeoutMs?: number;
  /** Cuts a successful JSON body in half. */
  truncateRate?: number;
  /** A complete body that is not JSON. */
  malformedRate?: number;
  /** Listed records lose their provider, their error code or both. */
  missingFieldsRate?: number;
  /** The last record of a page repeats as the first of the next. */
  duplicateAcrossPages?: boolean;
  /** 503 with `Connection: close` for every API request. */
  down?: boolean;
}

const rate = { type: 'number', minimum: 0, maximum: 1 } as const;
const FAULTS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    latencyMs: { type: 'integer', minimum: 0 },
    errorRate: rate,
    rateLimit: {
      type: 'object',
      additionalProperties: false,
      required: ['every', 'retryAfterSeconds'],
      properties: { every: { type: 'integer', minimum: 1 }, retryAfterSeconds: { type: 'integer', minimum: 0 } },
    },
    timeoutRate: rate,
    timeoutMs: { type: 'integer', minimum: 0 },
    truncateRate: rate,
    malformedRate: rate,
    missingFieldsRate: rate,
    duplicateAcrossPages: { type: 'boolean' },
    down: { type: 'boolean' },
  },
} as const;

const DEFAULT_TIMEOUT_MS = 60_000;
const SERVER_ERRORS = [500, 502, 503] as const;

/** The vendor's field names for what the missing-fields fault removes. */
export interface DegradableFields<T> {
  provider: keyof T;
  errorCode: keyof T;
}

export type SendError = (reply: FastifyReply, status: number, message: string) => FastifyReply;

/**
 * Runtime-switchable faults for one simulator. Its draws come from a PRNG re-seeded on every
 * `PUT /__faults`, so a test that sets faults sees the same sequence of failures on every run.
 * The `/__…` control routes are never faulty: a test must always be able to switch faults off.
 */
export class FaultInjector {
  private faults: Faults = {};
  private prng: Prng;
  private requests = 0;
  /** Releases held requests when the server closes, so closing never waits a minute. */
  private readonly closing = new AbortController();

  constructor(private readonly seed: number) {
    this.prng = new Prng(seed);
  }

  get duplicateAcrossPages(): boolean {
    return this.faults.duplicateAcrossPages === true;
  }

  /** Copies of the records, some without provider or error code when that fault is on. */
  degrade<T>(records: T[], fields: DegradableFields<T>): T[] {
    const { missingFieldsRate } = this.faults;
    if (!missingFieldsRate) return records;
    return records.map((record) => {
      if (!this.prng.chance(missingFieldsRate)) return record;
      const copy: Partial<T> = { ...record };
      const which = this.prng.int(3);
      if (which !== 1) delete copy[fields.provider];
      if (which !== 0) delete copy[fields.errorCode];
      return copy as T;
    });
  }

  register(app: FastifyInstance, sendError: SendError): void {
    app.addHook('onRequest', (request, reply) => this.beforeHandling(request, reply, sendError));
    app.addHook('onSend', async (request, reply, payload) => this.corrupt(request, reply, payload));
    app.addHook('preClose', async () => this.closing.abort());

    app.get('/__faults', async () => this.faults);
    app.put<{ Body: Faults }>('/__faults', { schema: { body: FAULTS_SCHEMA } }, async (request) => {
      this.replaceFaults(request.body);
      return this.faults;
    });
    app.delete('/__faults', async (_request, reply) => {
      this.replaceFaults({});
      return reply.code(204).send();
    });
  }

  /** Starts the fault sequence afresh: same draws, rate-limit count from zero. */
  private replaceFaults(faults: Faults): void {
    this.faults = faults;
    this.prng = new Prng(this.seed);
    this.requests = 0;
  }

  private async beforeHandling(request: FastifyRequest, reply: FastifyReply, sendError: SendError): Promise<FastifyReply | undefined> {
    if (isControlRoute(request)) return undefined;
    const faults = this.faults;
    if (faults.down) return sendError(reply.header('connection', 'close'), 503, 'service unavailable');
    if (faults.latencyMs) await this.hold(request, faults.latencyMs);
    if (this.prng.chance(faults.timeoutRate)) await this.hold(request, faults.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    // The client gave up, or the server is closing: drop the connection rather than answer late.
    if (request.raw.socket.destroyed || this.closing.signal.aborted) {
      request.raw.socket.destroy();
      return reply.hijack();
    }
    this.requests += 1;
    if (faults.rateLimit && this.requests % faults.rateLimit.every === 0) {
      return sendError(reply.header('retry-after', String(faults.rateLimit.retryAfterSeconds)), 429, 'rate limit exceeded');
    }
    if (this.prng.chance(faults.errorRate)) return sendError(reply, this.prng.pick(SERVER_ERRORS), 'injected failure');
    return undefined;
  }

  private corrupt(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
    if (isControlRoute(request) || reply.statusCode >= 300 || typeof payload !== 'string' || payload.length < 2) return payload;
    if (this.prng.chance(this.faults.truncateRate)) return payload.slice(0, Math.floor(payload.length / 2));
    // Unquoting the first key keeps the body whole and JSON-looking, yet no parser accepts it.
    if (this.prng.chance(this.faults.malformedRate)) return payload.replace(/"([^"]*)":/, '$1:');
    return payload;
  }

  /** Waits, but lets go early when the client disconnects or the server closes. */
  private hold(request: FastifyRequest, ms: number): Promise<void> {
    const socket = request.raw.socket;
    const signal = this.closing.signal;
    return new Promise((resolve) => {
      if (signal.aborted || socket.destroyed) return resolve();
      const release = () => {
        clearTimeout(timer);
        socket.off('close', release);
        signal.removeEventListener('abort', release);
        resolve();
      };
      const timer = setTimeout(release, ms);
      socket.once('close', release);
      signal.addEventListener('abort', release, { once: true });
    });
  }
}

const isControlRoute = (request: FastifyRequest) => request.url.startsWith('/__');
