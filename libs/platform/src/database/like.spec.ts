import { LIKE_ESCAPE, likePrefix } from './like.js';

describe('likePrefix', () => {
  it('matches what starts with the text', () => {
    expect(likePrefix('anna')).toBe('anna%');
  });

  it('escapes %, _ and the escape character itself with !', () => {
    expect(likePrefix('50%_off!')).toBe('50!%!_off!!%');
    expect(likePrefix('%%')).toBe('!%!%%');
  });

  it('leaves other characters alone, quotes and backslashes included', () => {
    expect(likePrefix(`O'Brien \\ "x" [a-z] Сергей 🚀`)).toBe(`O'Brien \\ "x" [a-z] Сергей 🚀%`);
  });

  it('matches everything for empty text', () => {
    expect(likePrefix('')).toBe('%');
  });

  it('uses ! as the escape character', () => {
    expect(LIKE_ESCAPE).toBe("ESCAPE '!'");
  });
});
