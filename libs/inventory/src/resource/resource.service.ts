import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  invalid,
  isUniqueViolation,
  type ListQuery,
  Page,
  PLATFORM_ERRORS,
  type Principal,
  retryOnVersionConflict,
  scopeOf,
  unprocessable,
  VersionConflict,
  Versioned,
} from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import { ReservationClosings } from '../reservation/reservation-closings.js';
import type { CreateResourceDto, UpdateResourceDto } from './dto/resource-input.dto.js';
import type { ResourceView } from './dto/resource.view.js';
import { resourceNotFound } from './number-errors.js';
import { normalizedNumber } from './number-format.js';
import { NumberMoves } from './number-moves.js';
import { likeOfPattern } from './number-pattern.js';
import type { NumberState } from './number-process.js';
import { UNHELD, newNumberRow } from './new-number.js';
import type { NumberResource, ResourceType } from './number-resource.entity.js';
import { NumberResourceRepository } from './number-resource.repository.js';
import { RESOURCE_LIST } from './resource-list.js';
import { tmfTypeOf, toResourceView } from './resource.mapper.js';

const RESOURCE = { resource: 'Resource', resourceType: 'resource' } as const;
/** Moves a PATCH may make: the others have their own routes (a reservation, an assignment, a release). */
/** The filters a random pick takes: those of its index. */
const RANDOM_FILTERS = ['resourceType', 'status', 'category'];
const PATCHABLE_STATES: readonly NumberState[] = ['available', 'portedOut'];

/** TMF639 resources: the numbers of the pools, listed (or sampled at random), created, changed and removed one by one. */
@Injectable()
export class ResourceService {
  constructor(
    private readonly numbers: NumberResourceRepository,
    private readonly reservations: ReservationClosings,
    private readonly moves: NumberMoves,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  async list(query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<ResourceView>> {
    const scope = scopeOf(principal);
    const like = patternOf(query.extra);
    if (query.extra.random !== undefined && query.extra.random !== 'false') {
      if (query.extra.random !== 'true') throw badParameter('random', 'must be true or false');
      const other = query.filters.find((f) => !RANDOM_FILTERS.includes(f.field) || f.operator !== '=');
      if (other) throw badParameter(other.field, 'does not apply with random=true (resourceType, status and category do)');
      const equal = (field: string) => query.filters.find((f) => f.field === field && f.operator === '=')?.value as string | undefined;
      const resourceType = equal('resourceType') as ResourceType | undefined;
      const status = equal('status') as NumberState | undefined;
      if (!resourceType) throw badParameter('resourceType', 'is required with random=true');
      if (!status) throw badParameter('status', 'is required with random=true');
      const rows = await this.numbers.randomSample({ resourceType, status, like, pool: equal('category') ?? null }, query.limit, scope);
      return new Page(
        rows.map((row) => toResourceView(row, baseUrl)),
        rows.length,
        query.fields,
      );
    }
    const page = await this.numbers.list(query, RESOURCE_LIST, scope, like);
    return new Page(
      page.items.map((row) => toResourceView(row, baseUrl)),
      page.total,
      page.fields,
    );
  }

  async get(id: number, principal: Principal, baseUrl: string): Promise<Versioned<ResourceView>> {
    const row = await this.numbers.findVisible(id, scopeOf(principal));
    if (!row) throw resourceNotFound(id);
    return new Versioned(toResourceView(row, baseUrl), row.version);
  }

  /** One number added to a pool as available (imports bring many: NumberImports). */
  async create(input: CreateResourceDto, principal: Principal, baseUrl: string): Promise<Versioned<ResourceView>> {
    const resourceType = input.resourceType ?? input.resourceSpecification?.id;
    if (!resourceType)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'resourceType (or resourceSpecification.id) is required', [
        { field: 'resourceType', message: 'must be msisdn or iccid' },
      ]);
    if (input['@type'] && input['@type'] !== tmfTypeOf(resourceType))
      throw badParameter('@type', `must be ${tmfTypeOf(resourceType)} for ${resourceType}`);
    const raw = input.value ?? input.resourceCharacteristic?.find((c) => c.name === resourceType)?.value;
    if (!raw) throw badParameter('value', `is required (or a resourceCharacteristic named ${resourceType})`);
    const number = normalizedNumber(resourceType, raw);
    if ('problem' in number) throw badParameter('value', number.problem);
    return this.db.transaction(async () => {
      const now = this.clock.now();
      try {
        await this.numbers.insertOne(
          newNumberRow(resourceType, number.value, now, {
            pool: input.category,
            portedIn: input.portedIn,
            donorOperator: input.donorOperator,
            portingState: input.portingState,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw alreadyInPool(resourceType, number.value);
        throw error;
      }
      const row = (await this.numbers.findByValue(resourceType, number.value))!;
      const after = toResourceView(row, baseUrl);
      await this.changes.record({ ...RESOURCE, resourceId: row.id, actor: principal, before: null, after });
      return new Versioned(after, row.version);
    });
  }

  /** A merge patch: the pool, the porting tags, or a status move to available or portedOut. */
  update(id: number, patch: UpdateResourceDto, expectedVersion: number | undefined, principal: Principal, baseUrl: string) {
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          // Locked: concurrent patches take turns rather than fail on each other's version.
          const current = await this.numbers.lockVisible(id, scopeOf(principal));
          if (!current) throw resourceNotFound(id);
          const before = toResourceView(current, baseUrl);
          if (patch.id !== undefined && patch.id !== before.id) throw badParameter('id', 'cannot be changed');
          if (patch.href !== undefined && patch.href !== before.href) throw badParameter('href', 'cannot be changed');
          if (patch.value !== undefined && patch.value !== current.value) throw badParameter('value', 'cannot be changed');
          assertVersion(expectedVersion, current.version, `Resource ${id}`);
          const now = this.clock.now();
          let row = current;
          if (patch.status !== undefined && patch.status !== current.status)
            row = await this.moveByPatch(current, patch.status, principal, now);
          const attributes = {
            pool: patch.category ?? row.pool,
            portedIn: patch.portedIn ?? row.portedIn,
            donorOperator: patch.donorOperator === undefined ? row.donorOperator : patch.donorOperator,
            portingState: patch.portingState === undefined ? row.portingState : patch.portingState,
          };
          const changed = (Object.keys(attributes) as (keyof typeof attributes)[]).some((key) => attributes[key] !== row[key]);
          if (changed) {
            if (!(await this.numbers.updateIfVersion(id, row.version, { ...attributes, updatedAt: now }))) throw new VersionConflict();
            row = (await this.numbers.findById(id))!;
          }
          const after = toResourceView(row, baseUrl);
          await this.changes.record({ ...RESOURCE, resourceId: id, actor: principal, before, after });
          return new Versioned(after, row.version);
        }),
      expectedVersion,
      `Resource ${id}`,
    );
  }

  /** Removes a number from the inventory: only one nobody holds (available or ported out). */
  async delete(id: number, principal: Principal, baseUrl: string): Promise<void> {
    await this.db.transaction(async () => {
      const current = await this.numbers.lockVisible(id, scopeOf(principal));
      if (!current) throw resourceNotFound(id);
      if (!['available', 'portedOut'].includes(current.status))
        throw conflict(
          INVENTORY_ERRORS.NUMBER_NOT_AVAILABLE,
          `${current.resourceType.toUpperCase()} ${current.value} is ${current.status}: only an available or ported-out number can be removed`,
          { status: current.status },
        );
      if (!(await this.numbers.deleteIfStatus(id, current.status))) throw new VersionConflict();
      await this.changes.record({ ...RESOURCE, resourceId: id, actor: principal, before: toResourceView(current, baseUrl), after: null });
    });
  }

  private async moveByPatch(current: NumberResource, to: NumberState, principal: Principal, now: Date): Promise<NumberResource> {
    if (!PATCHABLE_STATES.includes(to))
      throw unprocessable(
        INVENTORY_ERRORS.NUMBER_NOT_AVAILABLE,
        `A number becomes ${to} through ${to === 'reserved' ? 'POST /api/v1/numbers/reservations' : 'its subscription'}, not a PATCH`,
        [{ field: 'status', message: `must be ${PATCHABLE_STATES.join(' or ')}` }],
      );
    const changes =
      to === 'available'
        ? { ...UNHELD, statusDate: now, updatedAt: now }
        : { reservedUntil: null, agingUntil: null, portingState: 'completed' as const, statusDate: now, updatedAt: now };
    const after = await this.moves.move(current, to, changes, principal, { reason: 'changed by an administrator', event: false });
    if (current.status === 'reserved') await this.reservations.close([current.id], 'released', now);
    return after;
  }
}

function patternOf(extra: Record<string, string>): string | null {
  if (extra.pattern !== undefined) return likeOfPattern(extra.pattern, 'pattern');
  if (extra['value.like'] !== undefined) return likeOfPattern(extra['value.like'], 'value.like');
  return null;
}

const badParameter = (field: string, message: string) =>
  invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `${field} ${message}`, [{ field, message }]);

export const alreadyInPool = (type: ResourceType, value: string) =>
  conflict(INVENTORY_ERRORS.NUMBER_ALREADY_IN_POOL, `${type.toUpperCase()} ${value} is in the pool already`, { value });
