import { defineProcess, invalid, PLATFORM_ERRORS } from '@contactly/platform';
import { LIFECYCLE_STATUSES, type LifecycleStatus } from './lifecycle-status.js';

/** What the guards of a catalog entry's moves ask of the entry's own service. */
export interface LifecycleChecks {
  /** Refuses to launch what cannot be sold (an offering whose specification or a price is retired). */
  beforeLaunch(): Promise<void>;
  /** Refuses to retire (or make obsolete) what something still in use uses: 409 CATALOG_ENTRY_IN_USE. */
  beforeRetire(): Promise<void>;
}

/** A catalog entry may be created in any state up to launched (a copy of a live catalog comes launched). */
export const INITIAL_LIFECYCLE_STATUSES = [
  'inStudy',
  'inDesign',
  'inTest',
  'active',
  'launched',
] as const satisfies readonly LifecycleStatus[];

/**
 * The TMF620 lifecycle of one kind of catalog entry, as a declared process. Forward:
 * inStudy → inDesign → inTest → active → launched → retired → obsolete. Back-moves a product team
 * needs: a design goes back to study, a failed test back to design, an active entry back to test
 * (before it is launched); a retired entry may be launched again. An idea dropped before launch
 * (inStudy, inDesign, inTest) may go straight to obsolete; an active one is retired first.
 * Nothing leaves obsolete. Launching runs `beforeLaunch`, retiring and obsoleting `beforeRetire`.
 */
export const catalogLifecycle = (name: string, resource: string) =>
  defineProcess<LifecycleStatus, LifecycleChecks>({
    name,
    resource,
    states: LIFECYCLE_STATUSES,
    initial: INITIAL_LIFECYCLE_STATUSES,
    terminal: ['obsolete'],
    transitions: {
      inStudy: ['inDesign', 'obsolete'],
      inDesign: ['inStudy', 'inTest', 'obsolete'],
      inTest: ['inDesign', 'active', 'obsolete'],
      active: ['inTest', 'launched', 'retired'],
      launched: ['retired'],
      retired: ['launched', 'obsolete'],
    },
    guards: [
      { to: 'launched', check: (_, checks) => checks.beforeLaunch() },
      { to: ['retired', 'obsolete'], check: (_, checks) => checks.beforeRetire() },
    ],
  });

export function assertInitialLifecycleStatus(status: LifecycleStatus): void {
  if (!(INITIAL_LIFECYCLE_STATUSES as readonly string[]).includes(status))
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `A catalog entry is created ${INITIAL_LIFECYCLE_STATUSES.join(', ')}`, [
      { field: 'lifecycleStatus', message: `must be one of ${INITIAL_LIFECYCLE_STATUSES.join(', ')} when the entry is created` },
    ]);
}
