import { keyWindows } from './key-windows.js';
import { RANDOM_KEY_LIMIT } from './random-key.js';

describe('key windows of a random pick', () => {
  it('cover the key space once from the start, widening and wrapping', () => {
    for (const start of [0, 12345, RANDOM_KEY_LIMIT - 10]) {
      const windows = [...keyWindows(start)];
      expect(windows[0][0]).toBe(start);
      expect(windows.reduce((sum, [low, high]) => sum + high - low, 0)).toBe(RANDOM_KEY_LIMIT);
      for (const [low, high] of windows) expect(low < high && low >= 0 && high <= RANDOM_KEY_LIMIT).toBe(true);
    }
  });
});
