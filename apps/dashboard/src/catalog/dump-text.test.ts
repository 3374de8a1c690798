import { describe, expect, it } from 'vitest';
import { countsText, formatBytes, isRunning } from './dump-text';

describe('dump texts', () => {
  it('say sizes in units', () => {
    expect(formatBytes(812, 'en')).toBe('812 byte');
    expect(formatBytes(1_400_000, 'ru')).toBe('1,4 МБ');
    expect(formatBytes(1_400_000, 'en')).toBe('1.4 MB');
    expect(formatBytes(undefined, 'en')).toBe('—');
  });
  it('say counts by kind', () => {
    expect(countsText({ productOffering: 1200, productOfferingPrice: 3 }, 'en', (kind) => kind)).toBe(
      'productOffering 1,200 · productOfferingPrice 3',
    );
    expect(countsText(undefined, 'en', (kind) => kind)).toBe('—');
  });
  it('tell a running dump', () => {
    expect(isRunning({ status: 'running' })).toBe(true);
    expect(isRunning({ status: 'completed' })).toBe(false);
    expect(isRunning({ status: 'failed' })).toBe(false);
  });
});
