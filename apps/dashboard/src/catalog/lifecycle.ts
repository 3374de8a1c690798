import { ApiErrorWithBody } from '../api/json-request';
import { allOf } from '../api/schema-types';
import type { LifecycleStatus } from './catalog-types';

export type { LifecycleStatus };

/** TMF620's lifecycle of every catalog entity, in its order (the server declares it as a process). */
export const LIFECYCLE_STATUSES = allOf<LifecycleStatus>()(['inStudy', 'inDesign', 'inTest', 'active', 'launched', 'retired', 'obsolete']);

export const LIFECYCLE_LABELS: Record<LifecycleStatus, string> = {
  inStudy: 'In study',
  inDesign: 'In design',
  inTest: 'In test',
  active: 'Active',
  launched: 'Launched',
  retired: 'Retired',
  obsolete: 'Obsolete',
};

/**
 * Where an entry may go from each status: the server's declared process (libs/catalog
 * catalog-lifecycle.ts) — forward one step; a design back to study, a failed test back to design,
 * an active entry back to test; an idea dropped before launch straight to obsolete; a retired entry
 * launched again; nothing leaves obsolete. A 409 names the server's allowed states in words.
 */
const NEXT: Record<LifecycleStatus, readonly LifecycleStatus[]> = {
  inStudy: ['inDesign', 'obsolete'],
  inDesign: ['inStudy', 'inTest', 'obsolete'],
  inTest: ['inDesign', 'active', 'obsolete'],
  active: ['inTest', 'launched', 'retired'],
  launched: ['retired'],
  retired: ['launched', 'obsolete'],
  obsolete: [],
};

export const isLifecycleStatus = (value: unknown): value is LifecycleStatus =>
  typeof value === 'string' && (LIFECYCLE_STATUSES as readonly string[]).includes(value);

/** The states the buttons offer for an entry in `status` (none for an unknown status). */
export const nextLifecycleStates = (status: unknown): readonly LifecycleStatus[] => (isLifecycleStatus(status) ? NEXT[status] : []);

/** Whether a move goes backwards (its button is drawn quieter). */
export const isStepBack = (from: LifecycleStatus, to: LifecycleStatus): boolean =>
  LIFECYCLE_STATUSES.indexOf(to) < LIFECYCLE_STATUSES.indexOf(from);

/** What a refused move (409 INVALID_STATE_TRANSITION) says: where the entry is, where it was sent, where it may go. */
export interface RefusedMove {
  from: string;
  to: string;
  allowed: string[];
}

export function refusedMoveOf(error: unknown): RefusedMove | undefined {
  if (!(error instanceof ApiErrorWithBody) || error.status !== 409) return undefined;
  const { from, to, allowed } = error.body;
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  return { from, to, allowed: Array.isArray(allowed) ? allowed.filter((state): state is string => typeof state === 'string') : [] };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

export const lifecycleLabel = (status: string, translate: Translate): string =>
  translate(`contactly.catalog.lifecycle.${status}`, { _: isLifecycleStatus(status) ? LIFECYCLE_LABELS[status] : status });

/** A 409 of a lifecycle move in words: "It is launched now, so it cannot become in test; it can become retired." */
export function refusedMoveText(move: RefusedMove, translate: Translate): string {
  const label = (state: string) => lifecycleLabel(state, translate);
  const allowed = move.allowed.map(label).join(', ');
  return move.allowed.length
    ? translate('contactly.catalog.lifecycle_refused', {
        _: 'It is %{from} now, so it cannot become %{to}; it can become %{allowed}.',
        from: label(move.from),
        to: label(move.to),
        allowed,
      })
    : translate('contactly.catalog.lifecycle_final', {
        _: 'It is %{from} now, so it cannot become %{to}: %{from} is final.',
        from: label(move.from),
        to: label(move.to),
      });
}
