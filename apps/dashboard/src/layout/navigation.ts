import type { SvgIconComponent } from '@mui/icons-material';
import BusinessIcon from '@mui/icons-material/Business';
import ContactsIcon from '@mui/icons-material/Contacts';
import GroupIcon from '@mui/icons-material/Group';
import InboxIcon from '@mui/icons-material/Inbox';
import SecurityIcon from '@mui/icons-material/Security';
import type { Principal } from '../auth/principal';
import { hasPermission } from '../auth/principal';

export interface NavEntry {
  to: string;
  label: string;
  /** Shown only to principals holding it; the API enforces the same permission. */
  permission: string;
  testId: string;
  icon: SvgIconComponent;
  /**
   * A GET that answers 404 where the section does not exist (the dev mailbox in production): the
   * entry shows only once it has answered otherwise.
   */
  probe?: string;
}

/**
 * The console's sections, in menu order. A section joins this list when its screen exists
 * (support-hub:read, communications:read, statistics:read, audit:read… will).
 */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { to: '/customers', label: 'Customers', permission: 'customers:read', testId: 'nav-customers', icon: ContactsIcon },
  { to: '/users', label: 'Users', permission: 'users:read', testId: 'nav-users', icon: GroupIcon },
  { to: '/roles', label: 'Roles', permission: 'roles:read', testId: 'nav-roles', icon: SecurityIcon },
  { to: '/affiliates', label: 'Affiliates', permission: 'affiliates:read', testId: 'nav-affiliates', icon: BusinessIcon },
  { to: '/dev/mailbox', label: 'Dev mailbox', permission: 'dev-mailbox:read', testId: 'nav-dev-mailbox', icon: InboxIcon, probe: '/api/v1/dev/mailbox?limit=1&fields=id' },
];

export const visibleNavEntries = (principal: Principal): NavEntry[] => NAV_ENTRIES.filter((entry) => hasPermission(principal, entry.permission));

/** Every signed-in user may change their own password; the link sits in the app bar. */
export const CHANGE_PASSWORD_PATH = '/account/password';
