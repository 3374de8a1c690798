/**
 * Attribute names whose values are secrets (passwords, tokens, card data): never logged, audited,
 * hashed or stored in the clear. Matched at the end of the name: `newPassword`, `accessToken` and
 * `passwordHash` are secrets, `passwordChangedAt` is not.
 */
const SECRET_FIELD = /(pass(word)?|secret|token|hash|cvc|cvv|card.?number|pan|authorization)$/i;

export const isSecretField = (name: string): boolean => SECRET_FIELD.test(name);

/**
 * A copy of a JSON value without its secret attributes (at any depth), plus `also` — names that
 * are secret where they are used (a payment card's `number`, a one-time `code`).
 */
export function withoutSecrets(value: unknown, also: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, also));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) if (!isSecretField(key) && !also.has(key)) copy[key] = withoutSecrets(child, also);
  return copy;
}
