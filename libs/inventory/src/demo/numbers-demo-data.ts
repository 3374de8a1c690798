import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, bulkInsert, Clock, Database, LeaseService } from '@contactly/platform';
import { InventorySettings } from '../inventory.settings.js';
import { luhnCheckDigit } from '../resource/number-format.js';
import type { NumberState } from '../resource/number-process.js';
import { newNumberRow } from '../resource/new-number.js';
import { NumberResource, type PortingState, type ResourceType } from '../resource/number-resource.entity.js';
import { randomKey } from '../resource/random-key.js';

export const DEMO_NUMBER_COUNT = 10_000;
const DONORS = ['Telekom', 'Vodafone', 'O2 Telefónica', '1&1'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** The i-th demo MSISDN (a German mobile range) and ICCID (German issuer, Luhn check digit). */
export const demoMsisdn = (i: number) => String(4915790000000 + i);
export const demoIccid = (i: number) => {
  const body = `894902${String(i).padStart(12, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
};

/**
 * The number pools of a newcomer's first start (SEED_DEMO_DATA): 10,000 MSISDNs (every 25th ported
 * in from another operator, a few ported out, a few aging after an ended subscription) and 10,000
 * SIM ICCIDs, written in multi-row inserts. Deterministic, and only into an inventory without numbers.
 */
@Injectable()
export class NumbersDemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger(NumbersDemoData.name);

  constructor(
    private readonly config: AppConfig,
    private readonly settings: InventorySettings,
    private readonly db: Database,
    private readonly lease: LeaseService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemoData) await this.seed();
  }

  /** Under a lease, so that instances starting together seed once; a second run finds numbers and stops. */
  async seed(): Promise<void> {
    await this.lease.runExclusive('numbers-demo-data', 120_000, () => this.write());
  }

  private async write(): Promise<void> {
    if (await this.db.repository(NumberResource).exists({})) return;
    const now = this.clock.now();
    const rows: Partial<NumberResource>[] = [];
    for (let i = 0; i < DEMO_NUMBER_COUNT; i += 1)
      rows.push(this.row('msisdn', demoMsisdn(i), i, now), this.row('iccid', demoIccid(i), -1, now));
    await this.db.transaction(() => bulkInsert(this.db.manager, NumberResource, rows));
    this.logger.log(`Seeded ${DEMO_NUMBER_COUNT} demo MSISDNs and ${DEMO_NUMBER_COUNT} ICCIDs`);
  }

  /** `i` places an MSISDN among the ported and aging ones (-1: a plain number). */
  private row(resourceType: ResourceType, value: string, i: number, now: Date): Partial<NumberResource> {
    const portedIn = i >= 0 && i % 25 === 7;
    const status: NumberState = i >= 0 && i % 1000 === 999 ? 'portedOut' : i >= 0 && i % 1000 === 500 ? 'aging' : 'available';
    const portingState: PortingState | null = portedIn
      ? i % 100 === 7
        ? 'inProgress'
        : 'completed'
      : status === 'portedOut'
        ? 'completed'
        : null;
    return {
      ...newNumberRow(resourceType, value, now, {
        pool: i >= 0 && i % 100 === 77 ? 'gold' : undefined,
        portedIn,
        donorOperator: portedIn ? DONORS[i % DONORS.length] : null,
        portingState,
      }),
      status,
      agingUntil: status === 'aging' ? new Date(now.getTime() + (this.settings.numberAgingDays / 2) * DAY_MS) : null,
      randomKey: randomKey(),
      version: 1,
    };
  }
}
