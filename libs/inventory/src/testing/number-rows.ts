import { bulkInsert, Database } from '@contactly/platform';
import { In } from 'typeorm';
import type { NumberState } from '../resource/number-process.js';
import { newNumberRow } from '../resource/new-number.js';
import { NumberResource, type ResourceType } from '../resource/number-resource.entity.js';
import { randomKey } from '../resource/random-key.js';

interface Getter {
  get<T>(token: new (...args: never[]) => T): T;
}

/** Factory: numbers inserted as rows (in bulk), as an import would leave them; returns them by value order. */
export async function insertNumbers(
  t: Getter,
  resourceType: ResourceType,
  values: readonly string[],
  extra: Partial<Pick<NumberResource, 'pool' | 'partyId' | 'subscriptionId' | 'portedIn' | 'donorOperator' | 'portingState'>> & {
    status?: NumberState;
    at?: Date;
  } = {},
): Promise<NumberResource[]> {
  const db = t.get(Database);
  const at = extra.at ?? new Date();
  await bulkInsert<NumberResource>(
    db.manager,
    NumberResource,
    values.map((value) => ({
      ...newNumberRow(resourceType, value, at, extra),
      status: extra.status ?? 'available',
      partyId: extra.partyId ?? null,
      subscriptionId: extra.subscriptionId ?? null,
      randomKey: randomKey(),
      version: 1,
    })),
  );
  return db.repository(NumberResource).find({ where: { resourceType, value: In([...values]) }, order: { value: 'ASC' } });
}

let counter = 0;
/** Distinct MSISDNs for a test file (E.164 digits, German mobile range). */
export const testMsisdns = (count: number) => {
  const base = 4915100000000 + (Date.now() % 1_000_000) * 1000 + (counter += count) * 7;
  return Array.from({ length: count }, (_, i) => String(base + i));
};
