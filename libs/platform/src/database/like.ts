/**
 * A LIKE pattern matching values that start with `text`, where `%` and `_` in the text are plain
 * characters. Use with `LIKE :param ESCAPE '!'` (the same escape character on MariaDB and SQLite).
 */
export function likePrefix(text: string): string {
  return `${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export const LIKE_ESCAPE = "ESCAPE '!'";

/** A LIKE pattern matching values that contain `text`, with `%` and `_` plain (use with LIKE_ESCAPE). */
export const likeContains = (text: string) => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
