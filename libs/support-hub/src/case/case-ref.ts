/** `source:externalId`: a case's identity across refreshes, whatever its row id. */
export const caseRef = (source: string, externalId: string) => `${source}:${externalId}`;
