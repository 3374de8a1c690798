const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The attributes of the edited record whose values differ from what was read: the body of a merge
 * patch. The API refuses attributes it does not accept (id, version, createdAt…), and those never
 * change in a form, so sending only the differences keeps writes to what the user edited.
 */
export function changedFields(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(next).filter(([name, value]) => !same(previous[name], value)));
}
