/**
 * The TMF620 lifecycle of every catalog entity (catalog, category, specification, offering, price):
 * designed and tested, then launched for sale, then retired (no new sales) and finally obsolete.
 * Only a launched offering can be sold. Declared as a process in `catalog-lifecycle.ts`.
 */
export const LIFECYCLE_STATUSES = ['inStudy', 'inDesign', 'inTest', 'active', 'launched', 'retired', 'obsolete'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];
