import type { FieldProblem } from './api-error';

/** The server's field problems by field path (`birthDate`, `contactMedium[1].characteristic.phoneNumber`), several joined. */
export function fieldErrorMap(
  details: readonly FieldProblem[],
  rename: (field: string) => string = (field) => field,
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { field, message } of details) {
    const key = rename(field);
    map[key] = map[key] ? `${map[key]}; ${message}` : message;
  }
  return map;
}
