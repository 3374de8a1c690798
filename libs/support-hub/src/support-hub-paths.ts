/** Where the hub's API lives (the requirement document's names below it). */
export const SUPPORT_HUB_API = 'api/v1/support-hub';

export const aggregatedCaseHref = (baseUrl: string, id: number) => `${baseUrl}/${SUPPORT_HUB_API}/aggregated-cases/${id}`;
export const refreshRunHref = (baseUrl: string, id: number) => `${baseUrl}/${SUPPORT_HUB_API}/refresh-runs/${id}`;
export const ruleHref = (baseUrl: string, id: number) => `${baseUrl}/${SUPPORT_HUB_API}/rules/${id}`;
