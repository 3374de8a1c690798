import type { CaseKey } from '../case-store.js';

/**
 * The opaque `cursor`: the key of the last ticket a page returned. Keyset rather than offset, so a
 * ticket changed mid-pull moves behind the cursor and is listed once more instead of shifting the pages.
 */
export function encodeCursor(key: CaseKey): string {
  return Buffer.from(JSON.stringify([key.updatedMs, key.id])).toString('base64url');
}

/** The key, or undefined for a cursor this server did not issue. */
export function decodeCursor(cursor: string): CaseKey | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && Number.isInteger(decoded[0]) && typeof decoded[1] === 'string') {
      return { updatedMs: decoded[0] as number, id: decoded[1] };
    }
  } catch {
    // not base64url JSON: fall through to "not a cursor"
  }
  return undefined;
}
