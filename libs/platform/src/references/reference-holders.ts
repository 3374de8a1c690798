import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { conflict } from '../http/errors/domain-error.js';

/** What of one kind still refers to a record: `{ what: 'booking(s)', count: 2, ids: [7, 9] }`. */
export interface Reference {
  what: string;
  count: number;
  /** Some of them (the first few suffice to name them). */
  ids: number[];
}

/**
 * What a lib that refers to another lib's records (by id, with no foreign key across libs) says
 * when one of them is about to be deleted. The lower lib cannot know the higher one; the higher
 * one registers this with ReferenceHolders at start.
 */
export interface ReferenceHolder {
  /** What of this lib still refers to the record and forbids its delete; none (or a count of 0) when nothing does. */
  referencesTo?(id: number): Promise<Reference[]>;
  /** Lets go of the record in the deleting transaction: removes what only made sense with it, recording its own events. */
  release?(id: number, actor: Principal): Promise<void>;
}

/** Ids a 409 names of each kind; more are counted. */
export const NAMED_REFERENCE_IDS = 20;

/** How a refusal names the record and says what did not happen (`nothing was deleted` by default for a delete). */
export interface ReferenceRefusal {
  code: string;
  label: string;
  outcome?: string;
}

/** A registry by resource type (`party`, `user`, `role`, `affiliate`), asked by the owning lib before every delete. */
@Injectable()
export class ReferenceHolders {
  private readonly holders = new Map<string, ReferenceHolder[]>();

  register(resourceType: string, holder: ReferenceHolder): void {
    this.holders.set(resourceType, [...(this.holders.get(resourceType) ?? []), holder]);
  }

  /**
   * In the deleting transaction, before the row goes: 409 `<code>` naming what still refers to the
   * record (`usage` counts by kind, `heldBy` the ids; nothing is written), else every holder
   * releases it. Never a silent cascade. `known`: what the owning lib itself found referring to it.
   */
  async beforeDelete(
    resourceType: string,
    id: number,
    refusal: ReferenceRefusal,
    actor: Principal,
    known: Reference[] = [],
  ): Promise<void> {
    await this.assertUnreferenced(resourceType, id, { outcome: 'nothing was deleted', ...refusal }, known);
    for (const holder of this.holders.get(resourceType) ?? []) await holder.release?.(id, actor);
  }

  /**
   * Only the check, for a change that must not happen while something refers to the record (a
   * catalog entry retired while subscriptions use it): the same 409 as beforeDelete, nothing released.
   */
  async assertUnreferenced(resourceType: string, id: number, refusal: ReferenceRefusal, known: Reference[] = []): Promise<void> {
    const references = known.filter((r) => r.count > 0);
    for (const holder of this.holders.get(resourceType) ?? [])
      references.push(...((await holder.referencesTo?.(id)) ?? []).filter((r) => r.count > 0));
    if (!references.length) return;
    const named = references
      .map((r) => `${r.count} ${r.what} (${r.ids.slice(0, NAMED_REFERENCE_IDS).join(', ')}${r.count > NAMED_REFERENCE_IDS ? ', …' : ''})`)
      .join(', ');
    throw conflict(refusal.code, `${refusal.label} is still referred to by ${named}; ${refusal.outcome ?? 'nothing was changed'}`, {
      usage: Object.fromEntries(references.map((r) => [r.what, r.count])),
      heldBy: Object.fromEntries(references.map((r) => [r.what, r.ids.slice(0, NAMED_REFERENCE_IDS)])),
    });
  }
}
