/** The engineers' board. */
export const SUPPORT_HUB_PATH = '/support-hub';

/** The page of one aggregated case. */
export const aggregatedCasePath = (id: number | string): string => `${SUPPORT_HUB_PATH}/aggregated-cases/${encodeURIComponent(String(id))}`;

/** The names the CRMs go by on screen. */
export const SOURCE_LABELS: Record<string, string> = { banana: 'Banana', strawberry: 'Strawberry' };
export const sourceLabel = (source: string): string => SOURCE_LABELS[source] ?? source;
