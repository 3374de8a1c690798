import { describe, expect, it } from 'vitest';
import { allOf } from './schema-types';

type Kind = 'recurring' | 'oneTime' | 'usage';

describe('allOf', () => {
  it('keeps the list as given, in its order', () => {
    expect(allOf<Kind>()(['usage', 'recurring', 'oneTime'])).toEqual(['usage', 'recurring', 'oneTime']);
  });

  it('does not compile with a value missing or one the schema lacks (npm run typecheck proves it)', () => {
    // @ts-expect-error 'usage' is missing
    expect(allOf<Kind>()(['recurring', 'oneTime'])).toHaveLength(2);
    // @ts-expect-error 'weekly' is no Kind
    expect(allOf<Kind>()(['recurring', 'oneTime', 'usage', 'weekly'])).toHaveLength(4);
  });
});
