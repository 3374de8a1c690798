import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import { NAV_ENTRIES, visibleNavEntries } from '../layout/navigation';
import { COMMUNICATIONS_RESOURCES } from './resources';

const principal = (permissions: string[]): Principal => ({ username: 'maria', kind: 'staff', roles: [], permissions });
const communications = NAV_ENTRIES.filter((entry) => entry.group === 'Communications');

describe('the communications menu group', () => {
  it('opens a screen of each communications resource a person picks in the menu', () => {
    const screens = Object.keys(COMMUNICATIONS_RESOURCES).filter((name) => name !== 'booking_status_types');
    expect(communications.map((entry) => entry.to.slice(1)).sort()).toEqual(screens.sort());
  });

  it('keeps the group together in the menu, after the other sections', () => {
    const first = NAV_ENTRIES.indexOf(communications[0]);
    expect(NAV_ENTRIES.slice(first).every((entry) => entry.group === 'Communications')).toBe(true);
  });

  it('shows the group to those who may read communications, and only to them', () => {
    expect(visibleNavEntries(principal(['customers:read'])).filter((entry) => entry.group)).toEqual([]);
    expect(
      visibleNavEntries(principal(['communications:read']))
        .filter((entry) => entry.group === 'Communications')
        .map((entry) => entry.testId),
    ).toEqual(communications.map((entry) => entry.testId));
  });
});
