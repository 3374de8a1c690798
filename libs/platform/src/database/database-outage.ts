import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { HttpMetrics } from '../observability/metrics.js';
import { Database } from './database.js';

/** How often an outage is probed to notice its end. */
const PROBE_MS = 1000;

/**
 * What the log says of a database outage: one line when requests start failing for it, one when
 * the database answers again (how long, how many requests were answered 503) — not a line per
 * request, which would bury everything else at the moment someone reads the log. /metrics has
 * `database_outages_total` and `database_up`.
 */
@Injectable()
export class DatabaseOutage implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private since: number | null = null;
  private refused = 0;
  private probe: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly metrics: HttpMetrics,
  ) {}

  /** A request failed because the database could not be reached. */
  report(error: unknown): void {
    this.refused += 1;
    if (this.since !== null) return;
    this.since = Date.now();
    this.metrics.databaseOutages.inc();
    this.metrics.databaseUp.set(0);
    this.logger.error({ err: error }, 'The database is unreachable: requests that need it are answered 503 until it is back');
    this.probe = setInterval(() => void this.check(), PROBE_MS);
    this.probe.unref();
  }

  get down(): boolean {
    return this.since !== null;
  }

  onApplicationShutdown(): void {
    if (this.probe) clearInterval(this.probe);
  }

  private async check(): Promise<void> {
    if (this.since === null) return;
    try {
      await this.db.ping();
    } catch {
      return;
    }
    const seconds = ((Date.now() - this.since) / 1000).toFixed(1);
    this.logger.log(`The database answers again after ${seconds} s; ${this.refused} requests were answered 503 meanwhile`);
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    this.since = null;
    this.metrics.databaseUp.set(1);
    this.refused = 0;
  }
}
