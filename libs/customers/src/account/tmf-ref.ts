/**
 * The numeric id a TMF reference names (`{id: "42"}`), or -1 when it cannot name one of our rows:
 * such a reference then simply matches nothing and is reported as not found.
 */
export const refId = (id: string | undefined | null): number => (id !== undefined && id !== null && /^[1-9]\d{0,8}$/.test(id) ? Number(id) : -1);
