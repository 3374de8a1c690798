import { describe, expect, it } from 'vitest';
import { nextStatuses, statusColor, statusLabel } from './customer-status';

describe('customer status', () => {
  it('offers only the transitions the server allows', () => {
    expect(nextStatuses('pending')).toEqual(['active', 'closed']);
    expect(nextStatuses('active')).toEqual(['suspended', 'closed']);
    expect(nextStatuses('suspended')).toEqual(['active', 'closed']);
    expect(nextStatuses('closed')).toEqual([]);
    expect(nextStatuses('archived')).toEqual([]);
  });

  it('labels and colours known statuses and keeps unknown ones as they are', () => {
    expect(statusLabel('suspended')).toBe('Suspended');
    expect(statusColor('active')).toBe('success');
    expect(statusLabel('archived')).toBe('archived');
    expect(statusColor('archived')).toBe('default');
  });
});
