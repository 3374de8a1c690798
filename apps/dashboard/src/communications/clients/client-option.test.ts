import { describe, expect, it } from 'vitest';
import { clientOptionById, clientOptionOf, mergedOptions } from './client-option';

describe('client options', () => {
  it('label a client with its name, id and a way to reach it', () => {
    expect(clientOptionOf({ id: 42, name: 'Мария Иванова', email: 'maria@example.com', phone: null })).toEqual({
      clientId: 42,
      label: 'Мария Иванова (#42) · maria@example.com',
    });
    expect(clientOptionOf({ id: 7, name: 'Oleg', email: null, phone: null }).label).toBe('Oleg (#7)');
  });

  it('keep the chosen clients first, each client once', () => {
    const chosen = [clientOptionById(7)];
    const found = [
      clientOptionOf({ id: 8, name: 'B', email: null, phone: null }),
      clientOptionOf({ id: 7, name: 'A', email: null, phone: null }),
    ];
    expect(mergedOptions(chosen, found).map((o) => o.label)).toEqual(['Client #7', 'B (#8)']);
  });
});
