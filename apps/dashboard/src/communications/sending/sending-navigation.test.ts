import { describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal';
import { NAV_ENTRIES, visibleNavEntries } from '../../layout/navigation';
import { COMPOSE_PATH } from './sending-paths';

const principal = (permissions: string[]): Principal => ({ username: 'maria', kind: 'staff', roles: [], permissions });
const sendingTestIds = (permissions: string[]) =>
  visibleNavEntries(principal(permissions))
    .filter((entry) => entry.group === 'Sending')
    .map((entry) => entry.testId);

describe('the sending menu group', () => {
  it('opens compose, the communications and the mailings, before the platform’s admin screens', () => {
    const sending = NAV_ENTRIES.filter((entry) => entry.group === 'Sending');
    expect(sending.map((entry) => entry.to)).toEqual([COMPOSE_PATH, '/communications', '/mailings']);
    expect(NAV_ENTRIES.findIndex((entry) => entry.group === 'Communications')).toBeGreaterThan(NAV_ENTRIES.indexOf(sending[2]));
  });

  it('offers compose only to those who may send, and the lists to those who may read', () => {
    expect(sendingTestIds(['communications:read'])).toEqual(['nav-communications', 'nav-mailings']);
    expect(sendingTestIds(['communications:read', 'communications:send'])).toEqual(['nav-compose', 'nav-communications', 'nav-mailings']);
    expect(sendingTestIds(['customers:read'])).toEqual([]);
  });
});
