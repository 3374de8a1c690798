import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, conflict, Database, type Principal, Versioned } from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import { notAvailable } from '../resource/number-errors.js';
import { NumberMoves } from '../resource/number-moves.js';
import type { NumberResource } from '../resource/number-resource.entity.js';
import { NumberResourceRepository, type PickCondition } from '../resource/number-resource.repository.js';
import type { ReservationView } from './dto/reservation.dto.js';
import type { NumberReservation } from './number-reservation.entity.js';
import { toReservationView } from './reservation.mapper.js';
import { ReservationRepository } from './reservation.repository.js';

const RESOURCE = { resource: 'NumberReservation', resourceType: 'numberReservation' } as const;
/**
 * "Any matching": candidates drawn per round for a condition (a spare few, and two more per claim
 * asking: its own and one for a loss to another instance), and rounds before giving up (each round
 * a fresh random sample).
 */
const SPARE_CANDIDATES = 8;
const CANDIDATES_PER_CLAIM = 2;
const ROUNDS = 6;
/** Claims taken into one transaction, and transactions of claims in flight at once per instance. */
const MAX_BATCH = 100;
const PARALLEL_BATCHES = 2;

export interface Holder {
  partyId: number | null;
  cartId: string | null;
  affiliateId: number | null;
}

export interface ClaimRequest {
  /** A given number (found available when asked), or any available one matching the condition. */
  target: { number: NumberResource } | { condition: PickCondition; pattern?: string };
  holder: Holder;
  minutes: number;
  principal: Principal;
  baseUrl: string;
}

type Outcome = Versioned<ReservationView> | Error;

/** Ends a round's transaction that reserved nothing: rolled back rather than committed empty. */
class NothingClaimed extends Error {}

interface Queued {
  request: ClaimRequest;
  settle: (outcome: Outcome) => void;
}

/**
 * Number claims, batched: the claims that arrive while a batch is in flight wait for the next one
 * (up to MAX_BATCH), so a burst costs a few transactions instead of one each — one random sample
 * per condition, one locking read (`FOR UPDATE SKIP LOCKED`: claims here and on other instances
 * never wait for each other's candidates), one UPDATE, and multi-row inserts of the reservations,
 * the numbers' history and events and the audit. A lone claim is a batch of one and waits for
 * nothing. Of concurrent claims of one number exactly one locks it; the others take another
 * candidate, or, for a given number, get 409.
 */
@Injectable()
export class NumberClaims {
  private readonly queue: Queued[] = [];
  private batchesInFlight = 0;

  constructor(
    private readonly numbers: NumberResourceRepository,
    private readonly reservations: ReservationRepository,
    private readonly moves: NumberMoves,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  async claim(request: ClaimRequest): Promise<Versioned<ReservationView>> {
    // A request with an Idempotency-Key stores its key's answer in the claim's own transaction: it cannot share one.
    const outcome = this.db.commitMarked ? (await this.claimAll([request]))[0] : await this.enqueue(request);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  private enqueue(request: ClaimRequest): Promise<Outcome> {
    return new Promise((settle) => {
      this.queue.push({ request, settle });
      if (this.batchesInFlight < PARALLEL_BATCHES) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.batchesInFlight += 1;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_BATCH);
        const outcomes = await this.claimAll(batch.map((queued) => queued.request)).catch((error: Error) => batch.map(() => error));
        batch.forEach((queued, i) => queued.settle(outcomes[i]));
      }
    } finally {
      this.batchesInFlight -= 1;
    }
  }

  /**
   * Claims for every request a number, round by round: what each got, or why not (409). A failure
   * (the database gone) fails only the claims still open: those won in an earlier round are committed.
   */
  private async claimAll(requests: readonly ClaimRequest[]): Promise<Outcome[]> {
    const outcomes: (Outcome | undefined)[] = new Array(requests.length);
    let open = requests.map((_, i) => i);
    try {
      for (let round = 0; round < ROUNDS && open.length; round += 1) {
        // Read outside the transaction: each round sees the claims committed since the last one.
        const candidates = await this.candidatesOf(requests, open);
        const won = await this.reserveInTransaction(requests, candidates);
        for (const [i, view] of won) outcomes[i] = view;
        for (const i of open)
          if (!won.has(i) && (await this.refusedNow(requests[i], candidates.get(i)))) outcomes[i] = await this.refusal(requests[i]);
        open = open.filter((i) => outcomes[i] === undefined);
      }
      for (const i of open) outcomes[i] = await this.refusal(requests[i]);
    } catch (error) {
      for (const i of open) outcomes[i] ??= error instanceof Error ? error : new Error(String(error));
    }
    return outcomes as Outcome[];
  }

  /**
   * Whether a claim that won nothing this round is refused now: nothing matching was left, or its
   * given number is taken. A given number still available was held by other work (an edit, the
   * expiry job): it is tried again next round.
   */
  private async refusedNow({ target }: ClaimRequest, candidates: NumberResource[] | undefined): Promise<boolean> {
    if (!('number' in target)) return !candidates?.length;
    const row = await this.numbers.findById(target.number.id);
    return !row || row.status !== 'available';
  }

  /** reserve() in a transaction of its own; a round that wins nothing writes nothing (and opens none when it has no candidates). */
  private async reserveInTransaction(
    requests: readonly ClaimRequest[],
    candidates: Map<number, NumberResource[]>,
  ): Promise<Map<number, Outcome>> {
    if (![...candidates.values()].some((list) => list.length)) return new Map();
    try {
      return await this.db.transaction(async () => {
        const won = await this.reserve(requests, candidates);
        // Rolled back, not committed empty: a request's Idempotency-Key must not be marked done by a round that made nothing.
        if (!won.size) throw new NothingClaimed();
        return won;
      });
    } catch (error) {
      if (error instanceof NothingClaimed) return new Map();
      throw error;
    }
  }

  /** Each open request's candidates: its given number, or a random sample shared by the requests of one condition. */
  private async candidatesOf(requests: readonly ClaimRequest[], open: readonly number[]): Promise<Map<number, NumberResource[]>> {
    const candidates = new Map<number, NumberResource[]>();
    const byCondition = new Map<string, { condition: PickCondition; indexes: number[] }>();
    for (const i of open) {
      const target = requests[i].target;
      if ('number' in target) {
        candidates.set(i, [target.number]);
        continue;
      }
      const key = JSON.stringify(target.condition);
      const group = byCondition.get(key) ?? { condition: target.condition, indexes: [] };
      group.indexes.push(i);
      byCondition.set(key, group);
    }
    for (const { condition, indexes } of byCondition.values()) {
      const sample = await this.numbers.randomSample(condition, SPARE_CANDIDATES + CANDIDATES_PER_CLAIM * indexes.length);
      for (const i of indexes) candidates.set(i, sample);
    }
    return candidates;
  }

  /** In one transaction: locks the free candidates, gives each request the first one left, and records the reservations. */
  private async reserve(requests: readonly ClaimRequest[], candidates: Map<number, NumberResource[]>): Promise<Map<number, Outcome>> {
    const ids = new Set<number>();
    for (const list of candidates.values()) for (const number of list) ids.add(number.id);
    const free = await this.numbers.lockAvailable([...ids]);
    const taken = new Set<number>();
    const assigned: { index: number; number: NumberResource }[] = [];
    // Claims of a given number first: an "any matching" claim must not take the one number another asked for.
    const given = (index: number) => ('number' in requests[index].target ? 0 : 1);
    for (const [index, list] of [...candidates].sort(([a], [b]) => given(a) - given(b))) {
      const number = list.find((candidate) => free.has(candidate.id) && !taken.has(candidate.id));
      if (!number) continue;
      taken.add(number.id);
      assigned.push({ index, number });
    }
    if (!assigned.length) return new Map();

    const now = this.clock.now();
    const expiryOf = (index: number) => new Date(now.getTime() + requests[index].minutes * 60_000);
    await this.numbers.reserveLocked(
      assigned.map(({ index, number }) => ({ id: number.id, partyId: requests[index].holder.partyId, reservedUntil: expiryOf(index) })),
      now,
    );
    const stored = await this.reservations.insertMany(
      assigned.map(({ index, number }) => ({
        resourceId: number.id,
        resourceType: number.resourceType,
        value: number.value,
        ...requests[index].holder,
        status: 'active' as const,
        expiresAt: expiryOf(index),
        createdBy: requests[index].principal.username.slice(0, 100),
        createdAt: now,
        updatedAt: now,
      })),
    );
    await this.recordNumberMoves(requests, assigned, stored, now);
    const views = stored.map((reservation, k) => toReservationView(reservation, requests[assigned[k].index].baseUrl));
    await this.changes.recordMany(
      views.map((view, k) => ({
        ...RESOURCE,
        resourceId: view.id,
        actor: requests[assigned[k].index].principal,
        before: null,
        after: view,
      })),
    );
    return new Map(assigned.map(({ index }, k) => [index, new Versioned(views[k], stored[k].version)]));
  }

  /** The numbers' history rows and ResourceStateChangeEvents, one multi-row insert per person claiming. */
  private async recordNumberMoves(
    requests: readonly ClaimRequest[],
    assigned: readonly { index: number; number: NumberResource }[],
    stored: readonly NumberReservation[],
    now: Date,
  ): Promise<void> {
    const byActor = new Map<string, { actor: Principal; moves: { after: NumberResource; reason: string }[] }>();
    assigned.forEach(({ index, number }, k) => {
      const { principal, holder } = requests[index];
      const after: NumberResource = {
        ...number,
        status: 'reserved',
        partyId: holder.partyId,
        reservedUntil: stored[k].expiresAt,
        statusDate: now,
        updatedAt: now,
        version: number.version + 1,
      };
      const group = byActor.get(principal.username) ?? { actor: principal, moves: [] };
      group.moves.push({ after, reason: `reservation ${stored[k].id}` });
      byActor.set(principal.username, group);
    });
    for (const { actor, moves } of byActor.values()) await this.moves.recordMovedMany(moves, 'available', actor);
  }

  /** Why a request got no number: its given number is taken (as it stands now), or none matching is left. */
  private async refusal({ target }: ClaimRequest): Promise<Error> {
    if ('number' in target) return notAvailable((await this.numbers.findById(target.number.id)) ?? target.number);
    const { condition, pattern } = target;
    return conflict(
      INVENTORY_ERRORS.NO_NUMBER_AVAILABLE,
      `No available ${condition.resourceType.toUpperCase()}${pattern ? ` matches ${pattern}` : ''}${condition.pool ? ` in pool ${condition.pool}` : ''}`,
    );
  }
}
