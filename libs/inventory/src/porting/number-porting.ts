import { Injectable } from '@nestjs/common';
import {
  ChangeRecorder,
  Clock,
  Database,
  invalid,
  isUniqueViolation,
  notFound,
  PLATFORM_ERRORS,
  type Principal,
  Versioned,
} from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import { ReservationClosings } from '../reservation/reservation-closings.js';
import type { ResourceView } from '../resource/dto/resource.view.js';
import { notAvailable } from '../resource/number-errors.js';
import { normalizedNumber } from '../resource/number-format.js';
import { NumberMoves } from '../resource/number-moves.js';
import { newNumberRow } from '../resource/new-number.js';
import type { ResourceType } from '../resource/number-resource.entity.js';
import { NumberResourceRepository } from '../resource/number-resource.repository.js';
import { toResourceView } from '../resource/resource.mapper.js';
import type { PortInDto, PortOutDto } from './dto/porting.dto.js';

const RESOURCE = { resource: 'Resource', resourceType: 'resource' } as const;

/**
 * Numbers moving between operators. A port-in tags a number (donor operator, porting state), adding
 * it to the pool when it is new; a port-out takes it out of the pool for good (`portedOut`: never
 * reserved or assigned again), whatever it was doing.
 */
@Injectable()
export class NumberPorting {
  constructor(
    private readonly numbers: NumberResourceRepository,
    private readonly reservations: ReservationClosings,
    private readonly moves: NumberMoves,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  /** The number tagged as ported in; `created` when it was new to the pool. */
  async portIn(input: PortInDto, actor: Principal, baseUrl: string): Promise<{ created: boolean; resource: Versioned<ResourceView> }> {
    const value = valueOf(input.resourceType, input.value);
    const tags = { portedIn: true, donorOperator: input.donorOperator, portingState: input.portingState ?? 'completed' };
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.db.transaction(async () => {
          const now = this.clock.now();
          const existing = await this.numbers.lockByValue(input.resourceType, value);
          if (!existing) {
            await this.numbers.insertOne(newNumberRow(input.resourceType, value, now, { pool: input.pool, ...tags }));
            const row = (await this.numbers.findByValue(input.resourceType, value))!;
            const after = toResourceView(row, baseUrl);
            await this.changes.record({ ...RESOURCE, resourceId: row.id, actor, before: null, after });
            return { created: true, resource: new Versioned(after, row.version) };
          }
          // A number ported out left the pool; it comes back only as a new record after an administrator removes the old one.
          if (existing.status === 'portedOut') throw notAvailable(existing);
          const before = toResourceView(existing, baseUrl);
          await this.numbers.updateIfVersion(existing.id, existing.version, { ...tags, updatedAt: now });
          const row = (await this.numbers.findById(existing.id))!;
          const after = toResourceView(row, baseUrl);
          await this.changes.record({ ...RESOURCE, resourceId: row.id, actor, before, after });
          return { created: false, resource: new Versioned(after, row.version) };
        });
      } catch (error) {
        // Two port-ins of one new number at once: the second finds it and tags it.
        if (attempt === 0 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  /** The number leaves the pool (`portedOut`); its reservation, if any, ends. Porting out again changes nothing. */
  portOut(input: PortOutDto, actor: Principal, baseUrl: string): Promise<Versioned<ResourceView>> {
    const value = valueOf(input.resourceType, input.value);
    return this.db.transaction(async () => {
      const current = await this.numbers.lockByValue(input.resourceType, value);
      if (!current) throw notFound(INVENTORY_ERRORS.RESOURCE_NOT_FOUND, `${input.resourceType.toUpperCase()} ${value} is not in the pool`);
      if (current.status === 'portedOut') return new Versioned(toResourceView(current, baseUrl), current.version);
      const now = this.clock.now();
      const changes = { reservedUntil: null, agingUntil: null, portingState: 'completed' as const, statusDate: now, updatedAt: now };
      const after = await this.moves.move(current, 'portedOut', changes, actor, { reason: 'ported out', event: false });
      if (current.status === 'reserved') await this.reservations.close([current.id], 'released', now);
      const view = toResourceView(after, baseUrl);
      await this.changes.record({ ...RESOURCE, resourceId: current.id, actor, before: toResourceView(current, baseUrl), after: view });
      return new Versioned(view, after.version);
    });
  }
}

function valueOf(type: ResourceType, raw: string): string {
  const number = normalizedNumber(type, raw);
  if ('problem' in number)
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `value ${number.problem}`, [{ field: 'value', message: number.problem }]);
  return number.value;
}
