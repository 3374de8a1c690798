import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import type { Pool } from 'mysql2';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';

const DEADLOCK_ATTEMPTS = 4;

const isDeadlock = (error: unknown) => {
  const { errno, code } = (error ?? {}) as { errno?: unknown; code?: unknown };
  return errno === 1213 || code === 'ER_LOCK_DEADLOCK';
};

/**
 * The request-bound unit of work. `transaction()` opens a transaction and binds its EntityManager
 * to the async context, so repositories called inside it join it without passing it around;
 * nested calls reuse the outer transaction.
 */
@Injectable()
export class Database {
  private readonly current = new AsyncLocalStorage<EntityManager>();
  /** SQLite has one connection: its transactions must not interleave, so they queue. */
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(readonly dataSource: DataSource) {}

  get dialect(): 'sqlite' | 'mariadb' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mariadb';
  }

  /**
   * The manager of the transaction this code runs in, if any. Work that outlives its transaction
   * (started inside it, still going after the commit) finds it released and uses the pool again.
   */
  private get unit(): EntityManager | undefined {
    const manager = this.current.getStore();
    return manager && !manager.queryRunner?.isReleased ? manager : undefined;
  }

  /** The transaction's manager inside `transaction()`, else the pool's. */
  get manager(): EntityManager {
    return this.unit ?? this.dataSource.manager;
  }

  repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * A read on a hot path, as plain SQL (`?` placeholders and backticks work on both dialects). On
   * MariaDB outside a transaction it runs as a server-side prepared statement: parsed once per pooled
   * connection (a bounded number are kept, see data-source-options), then each call sends only its
   * parameters and receives binary rows — measurably less work per request than the text protocol.
   * Inside a transaction (which must read on its own connection) and on SQLite it is a plain query.
   */
  async read<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (this.inTransaction || this.dialect === 'sqlite') return (await this.manager.query(sql, params)) as T[];
    // The driver's callback API: its promise wrapper captures a stack trace on every call.
    const pool = (this.dataSource.driver as unknown as { pool: Pool }).pool;
    return new Promise<T[]>((resolve, reject) =>
      pool.execute(sql, params as never, (error, rows) => (error ? reject(error) : resolve(rows as T[]))),
    );
  }

  get inTransaction(): boolean {
    return this.unit !== undefined;
  }

  /**
   * Runs `work` once the current transaction has committed (at once outside one): what must not
   * happen for a write that is rolled back, or happen before others can read it — dropping a
   * cached credential, say, which a concurrent request could otherwise cache again from the old row.
   */
  afterCommit(work: () => void): void {
    const manager = this.unit;
    if (!manager) return work();
    const pending = this.committedWork.get(manager);
    if (pending) pending.push(work);
    else this.committedWork.set(manager, [work]);
  }

  /** Work waiting for the commit of the transaction that holds the manager (a retried attempt's is dropped with it). */
  private readonly committedWork = new WeakMap<EntityManager, (() => void)[]>();

  /**
   * Runs `work` so that every transaction it opens writes `beforeCommit` last, in that same
   * transaction: what must be true exactly when the work committed (an Idempotency-Key's claim
   * marked done, so a repeat never does it again after an answer lost on the way).
   */
  async withCommitMark<T>(beforeCommit: (manager: EntityManager) => Promise<void>, work: () => Promise<T>): Promise<T> {
    this.markedWork += 1;
    try {
      return await this.commitMarks.run(beforeCommit, work);
    } finally {
      // As for transactions: the hooks of AsyncLocalStorage cost every promise while it is on.
      this.markedWork -= 1;
      if (this.markedWork === 0) this.commitMarks.disable();
    }
  }

  /** Whether the work running now writes a commit mark (an Idempotency-Key's) in the transactions it opens. */
  get commitMarked(): boolean {
    return this.markedWork > 0 && this.commitMarks.getStore() !== undefined;
  }

  private readonly commitMarks = new AsyncLocalStorage<(manager: EntityManager) => Promise<void>>();
  private markedWork = 0;

  assertInTransaction(caller: string): void {
    if (!this.inTransaction) throw new Error(`${caller} must run inside Database.transaction()`);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    this.openTransactions += 1;
    try {
      return await this.runTransaction(work);
    } finally {
      // Node 20's AsyncLocalStorage, once used, runs a hook on every promise the process creates; off
      // while no transaction is open, reads (most requests) do not pay for it. `run()` turns it on again.
      this.openTransactions -= 1;
      if (this.openTransactions === 0) this.current.disable();
    }
  }

  private openTransactions = 0;

  private async runTransaction<T>(work: () => Promise<T>): Promise<T> {
    const run = async () => {
      let used: EntityManager | undefined;
      const mark = this.commitMarks.getStore();
      const result = await this.dataSource.transaction(async (manager) => {
        used = manager;
        const value = await this.current.run(manager, work);
        if (mark) await mark(manager);
        return value;
      });
      for (const committed of (used && this.committedWork.get(used)) ?? []) committed();
      return result;
    };
    if (this.dialect === 'sqlite') {
      const result = this.sqliteQueue.then(run, run);
      this.sqliteQueue = result.catch(() => undefined);
      return result;
    }
    // InnoDB picks a deadlock victim among concurrent transactions (gap locks of inserts next to
    // each other); the victim's work was rolled back whole, so running it again is safe.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));
      }
    }
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
