/** Splits a long id list so every `IN (…)` stays small on both dialects. */
export function chunked<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export const distinct = <T>(items: readonly T[]): T[] => [...new Set(items)];
