import { bulkInsert } from '@contactly/platform';
import type { TestApp } from '@contactly/platform/testing';
import { Party } from '../party/party.entity.js';

export type BulkCustomerRow = Partial<Party>;

/** Fixture for benchmarks: parties inserted in multi-row statements, bypassing the services (no events, no search keys). */
export async function insertPartiesInBulk(t: TestApp, rows: BulkCustomerRow[]): Promise<void> {
  await t.db.transaction(() => bulkInsert(t.db.manager, Party, rows));
}
