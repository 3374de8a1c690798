/** How hard to try a CRM request: per-request timeout, retries, and the waits between them. */
export interface RetryPolicy {
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
  /** Cap on one wait, a vendor's Retry-After included. */
  retryMaxWaitMs: number;
}

/** What happened while pulling one source; the run report shows these. */
export interface FetchCounters {
  pages: number;
  /** Records received, duplicates and malformed ones included. */
  received: number;
  /** Distinct usable cases so far. */
  cases: number;
  /** Records skipped because they could not be read. */
  malformed: number;
  /** Malformed records without a readable id (their case cannot be told apart from a deleted one). */
  unreadable: number;
  /** The same case more than once in one pull (kept once). */
  duplicates: number;
  requests: number;
  retries: number;
  timeouts: number;
  rateLimited: number;
  serverErrors: number;
  networkErrors: number;
  /** Response bodies that were not the JSON the vendor documents (truncated, invalid), retried. */
  malformedResponses: number;
  /** A few of the skipped records' reasons, for the report. */
  samples: string[];
}

export const emptyCounters = (): FetchCounters => ({
  pages: 0,
  received: 0,
  cases: 0,
  malformed: 0,
  unreadable: 0,
  duplicates: 0,
  requests: 0,
  retries: 0,
  timeouts: 0,
  rateLimited: 0,
  serverErrors: 0,
  networkErrors: 0,
  malformedResponses: 0,
  samples: [],
});

/** A source failed for this run: after retries, or at once for what retrying cannot fix (401, 400). */
export class SourceFetchError extends Error {}

/** The run was cancelled (the server is shutting down). */
export class FetchAborted extends Error {
  constructor() {
    super('cancelled: the server is shutting down');
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new FetchAborted());
    const done = () => {
      signal.removeEventListener('abort', cancel);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const cancel = () => {
      clearTimeout(timer);
      reject(new FetchAborted());
    };
    signal.addEventListener('abort', cancel, { once: true });
  });

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Exponential backoff with jitter: base, 2×base, 4×base … (±25%), capped. */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const exponential = policy.retryBaseMs * 2 ** attempt;
  return Math.min(policy.retryMaxWaitMs, Math.round(exponential * (0.75 + random() * 0.5)));
}

type Attempt = { kind: 'ok'; body: unknown } | { kind: 'retry'; reason: string; waitMs?: number } | { kind: 'fail'; reason: string };

/**
 * GETs a vendor's JSON with a timeout per attempt (AbortController), retrying 5xx, 429 (after its
 * Retry-After), timeouts, dropped connections and bodies that are not the expected JSON, with
 * exponential backoff. `accept` checks the body's shape (a wrong shape is retried like broken JSON).
 */
export async function getVendorJson(
  url: string,
  headers: Record<string, string>,
  policy: RetryPolicy,
  counters: FetchCounters,
  signal: AbortSignal,
  accept: (body: unknown) => boolean,
  vendor: string,
): Promise<unknown> {
  let lastReason = '';
  for (let attempt = 0; ; attempt += 1) {
    if (signal.aborted) throw new FetchAborted();
    const outcome = await attemptOnce(url, headers, policy, counters, signal, accept, vendor);
    if (outcome.kind === 'ok') return outcome.body;
    if (outcome.kind === 'fail') throw new SourceFetchError(outcome.reason);
    lastReason = outcome.reason;
    if (attempt >= policy.retries) break;
    counters.retries += 1;
    await sleep(Math.min(policy.retryMaxWaitMs, outcome.waitMs ?? backoffMs(attempt, policy)), signal);
  }
  throw new SourceFetchError(`${lastReason} (gave up after ${policy.retries + 1} attempts)`);
}

async function attemptOnce(
  url: string,
  headers: Record<string, string>,
  policy: RetryPolicy,
  counters: FetchCounters,
  signal: AbortSignal,
  accept: (body: unknown) => boolean,
  vendor: string,
): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  const cancel = () => controller.abort();
  signal.addEventListener('abort', cancel, { once: true });
  counters.requests += 1;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal: controller.signal });
    // The body is read under the same timeout: a vendor may stall mid-body.
    const text = await response.text();
    if (response.status === 429) {
      counters.rateLimited += 1;
      return {
        kind: 'retry',
        reason: `${vendor} rate-limited the request (429)`,
        waitMs: retryAfterMs(response.headers.get('retry-after')),
      };
    }
    if (response.status >= 500) {
      counters.serverErrors += 1;
      return { kind: 'retry', reason: `${vendor} answered ${response.status}` };
    }
    if (response.status === 401 || response.status === 403)
      return { kind: 'fail', reason: `${vendor} refused the credentials (${response.status}); check its API key or token` };
    if (response.status !== 200) return { kind: 'fail', reason: `${vendor} answered ${response.status}: ${text.slice(0, 200)}` };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      counters.malformedResponses += 1;
      return { kind: 'retry', reason: `${vendor} sent a body that is not valid JSON` };
    }
    if (!accept(body)) {
      counters.malformedResponses += 1;
      return { kind: 'retry', reason: `${vendor} sent JSON that is not a page of its listing` };
    }
    return { kind: 'ok', body };
  } catch (error) {
    if (signal.aborted) throw new FetchAborted();
    if (controller.signal.aborted) {
      counters.timeouts += 1;
      return { kind: 'retry', reason: `${vendor} did not answer within ${policy.timeoutMs} ms` };
    }
    counters.networkErrors += 1;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { kind: 'retry', reason: `${vendor} could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})` };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
