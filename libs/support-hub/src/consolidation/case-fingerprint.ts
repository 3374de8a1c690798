import { createHash } from 'node:crypto';
import type { NormalizedCase } from '../source/normalized-case.js';

/** Hash of what a vendor says about a case: when it is unchanged, the row is not rewritten. */
export function fingerprintOf(c: NormalizedCase): string {
  return createHash('sha1')
    .update(
      JSON.stringify([
        c.provider,
        c.errorCode,
        c.status,
        c.sourceStatus,
        c.title,
        c.description,
        c.customerRef,
        c.createdAt.getTime(),
        c.updatedAt.getTime(),
      ]),
    )
    .digest('base64url')
    .slice(0, 27);
}
