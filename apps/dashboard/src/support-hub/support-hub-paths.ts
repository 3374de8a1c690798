/** The engineers' board. */
export const SUPPORT_HUB_PATH = '/support-hub';

/** The page of one aggregated case. */
export const aggregatedCasePath = (id: number | string): string => `${SUPPORT_HUB_PATH}/aggregated-cases/${encodeURIComponent(String(id))}`;

/** The grouping rules and the explain tool. */
export const RULES_PATH = `${SUPPORT_HUB_PATH}/rules`;
/** The history of refresh runs, and one run. */
export const REFRESH_RUNS_PATH = `${SUPPORT_HUB_PATH}/refresh-runs`;
export const refreshRunPath = (id: number | string): string => `${REFRESH_RUNS_PATH}/${encodeURIComponent(String(id))}`;

/** The names the CRMs go by on screen. */
export const SOURCE_LABELS: Record<string, string> = { banana: 'Banana', strawberry: 'Strawberry' };
export const sourceLabel = (source: string): string => SOURCE_LABELS[source] ?? source;
