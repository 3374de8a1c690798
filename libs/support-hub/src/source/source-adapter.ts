import type { MappedRecord, NormalizedCase, SourceName } from './normalized-case.js';
import type { FetchCounters, RetryPolicy } from './vendor-http.js';

export interface PullOptions {
  /** Only cases updated at or after this time (incremental); undefined pulls everything (full sync). */
  since: Date | undefined;
  signal: AbortSignal;
  /** Updated as pages arrive, for the progress of a running refresh. */
  counters: FetchCounters;
}

/** Everything one pull brought: each case once, and the ids of malformed records that had one. */
export interface PullResult {
  cases: NormalizedCase[];
  /** Ids seen in this pull, usable or not: a full sync deletes only what it did not see. */
  seenIds: Set<string>;
}

/** One CRM behind its vendor API. */
export interface SourceAdapter {
  readonly name: SourceName;
  /** The vendor's display name in reports. */
  readonly label: string;
  /** Null when the CRM is not configured. */
  readonly baseUrl: string | null;
  pull(options: PullOptions): Promise<PullResult>;
}

export interface AdapterSettings {
  baseUrl: string | null;
  credential: string;
  policy: RetryPolicy;
  pageSize: number | undefined;
}

/**
 * Collects one pull: a case seen twice is kept once (the later update wins) and counted; a
 * malformed record is skipped and counted, its id remembered when readable.
 */
export class PullCollector {
  private readonly byId = new Map<string, NormalizedCase>();
  readonly seenIds = new Set<string>();
  /** Ids the next page is expected to repeat (a keyset cursor restarts at their timestamp). */
  private expectedAgain = new Set<string>();

  constructor(private readonly counters: FetchCounters) {}

  add(mapped: MappedRecord): NormalizedCase | null {
    this.counters.received += 1;
    if (!mapped.ok) {
      this.counters.malformed += 1;
      if (mapped.externalId) this.seenIds.add(mapped.externalId);
      else this.counters.unreadable += 1;
      if (this.counters.samples.length < 5) this.counters.samples.push(`${mapped.externalId ?? '(no id)'}: ${mapped.reason}`);
      return null;
    }
    const record = mapped.value;
    this.seenIds.add(record.externalId);
    const previous = this.byId.get(record.externalId);
    if (previous) {
      if (!this.expectedAgain.delete(record.externalId)) this.counters.duplicates += 1;
      if (record.updatedAt.getTime() < previous.updatedAt.getTime()) return previous;
    }
    this.byId.set(record.externalId, record);
    this.counters.cases = this.byId.size;
    return record;
  }

  /** The next page restarts at this time: cases already seen with exactly this time will come again. */
  expectAgainAt(timeMs: number): void {
    this.expectedAgain = new Set([...this.byId.values()].filter((c) => c.updatedAt.getTime() === timeMs).map((c) => c.externalId));
  }

  result(): PullResult {
    return { cases: [...this.byId.values()], seenIds: this.seenIds };
  }
}
