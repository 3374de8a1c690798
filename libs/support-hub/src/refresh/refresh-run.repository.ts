import { Injectable } from '@nestjs/common';
import { In, LessThan, MoreThan, MoreThanOrEqual } from 'typeorm';
import { applyListQuery, Database, type ListQuery, type ListSpec, Page } from '@contactly/platform';
import { RefreshRun } from './refresh-run.entity.js';
import { RefreshSourceRun } from './refresh-source-run.entity.js';

export const REFRESH_RUN_LIST: ListSpec = {
  idColumn: 'r.id',
  defaultSort: '-startedAt',
  fields: {
    id: { column: 'r.id', type: 'int' },
    status: { column: 'r.status', type: 'enum', values: ['running', 'succeeded', 'partial', 'failed'] },
    startedAt: { column: 'r.started_at', type: 'date' },
  },
  selectable: [
    'status',
    'trigger',
    'requestedBy',
    'startedAt',
    'finishedAt',
    'durationMs',
    'error',
    'aggregated',
    'caseCount',
    'aggregatedCount',
    'sources',
    'progress',
  ],
};

export interface RunWithSources {
  run: RefreshRun;
  sources: RefreshSourceRun[];
}

@Injectable()
export class RefreshRunRepository {
  constructor(private readonly db: Database) {}

  private get runs() {
    return this.db.repository(RefreshRun);
  }

  private get sourceRuns() {
    return this.db.repository(RefreshSourceRun);
  }

  async insert(run: Omit<RefreshRun, 'id'>): Promise<RefreshRun> {
    const result = await this.runs.insert(run);
    return this.runs.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  async heartbeat(id: number, at: Date, progress: string): Promise<void> {
    await this.runs.update({ id, status: 'running' }, { heartbeatAt: at, progress });
  }

  async finish(id: number, changes: Partial<RefreshRun>): Promise<void> {
    await this.runs.update({ id }, changes);
  }

  async insertSourceRuns(rows: Omit<RefreshSourceRun, 'id' | 'run'>[]): Promise<void> {
    if (rows.length) await this.sourceRuns.insert(rows);
  }

  /** A run still going: running, with a heartbeat newer than `aliveAfter`. */
  findRunning(aliveAfter: Date): Promise<RefreshRun | null> {
    return this.runs.findOne({ where: { status: 'running', heartbeatAt: MoreThanOrEqual(aliveAfter) }, order: { id: 'DESC' } });
  }

  /** The newest run, whatever its status. */
  newest(): Promise<RefreshRun | null> {
    return this.runs.findOne({ where: {}, order: { id: 'DESC' } });
  }

  /** The first run started after the run `id`, whatever its status. */
  firstAfter(id: number): Promise<RefreshRun | null> {
    return this.runs.findOne({ where: { id: MoreThan(id) }, order: { id: 'ASC' } });
  }

  /** Runs whose instance died mid-way: they never finished. */
  async failAbandoned(heartbeatBefore: Date, now: Date): Promise<void> {
    await this.runs.update(
      { status: 'running', heartbeatAt: LessThan(heartbeatBefore) },
      { status: 'failed', finishedAt: now, error: 'abandoned: the instance running it stopped' },
    );
  }

  async findById(id: number): Promise<RunWithSources | null> {
    const run = await this.runs.findOneBy({ id });
    if (!run) return null;
    return { run, sources: await this.sourceRuns.find({ where: { runId: id }, order: { id: 'ASC' } }) };
  }

  async latest(limit: number): Promise<RunWithSources[]> {
    const runs = await this.runs.find({ order: { id: 'DESC' }, take: limit });
    return this.withSources(runs);
  }

  async list(query: ListQuery): Promise<Page<RunWithSources>> {
    const [runs, total] = await applyListQuery(this.runs.createQueryBuilder('r'), query, REFRESH_RUN_LIST).getManyAndCount();
    return new Page(await this.withSources(runs), total, query.fields);
  }

  /** The latest finished row of each source. */
  async lastPerSource(sources: readonly string[]): Promise<Map<string, RefreshSourceRun>> {
    const latest = new Map<string, RefreshSourceRun>();
    for (const source of sources) {
      const row = await this.sourceRuns.findOne({ where: { source }, order: { id: 'DESC' } });
      if (row) latest.set(source, row);
    }
    return latest;
  }

  private async withSources(runs: RefreshRun[]): Promise<RunWithSources[]> {
    if (!runs.length) return [];
    const rows = await this.sourceRuns.find({ where: { runId: In(runs.map((r) => r.id)) }, order: { id: 'ASC' } });
    return runs.map((run) => ({ run, sources: rows.filter((r) => r.runId === run.id) }));
  }
}
