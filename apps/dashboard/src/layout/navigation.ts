import type { SvgIconComponent } from '@mui/icons-material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ApartmentIcon from '@mui/icons-material/Apartment';
import ArchiveIcon from '@mui/icons-material/Archive';
import BadgeIcon from '@mui/icons-material/Badge';
import BlockIcon from '@mui/icons-material/Block';
import BusinessIcon from '@mui/icons-material/Business';
import CategoryIcon from '@mui/icons-material/Category';
import ContactsIcon from '@mui/icons-material/Contacts';
import DescriptionIcon from '@mui/icons-material/Description';
import DialpadIcon from '@mui/icons-material/Dialpad';
import EuroIcon from '@mui/icons-material/Euro';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import ForumIcon from '@mui/icons-material/Forum';
import GroupIcon from '@mui/icons-material/Group';
import HistoryIcon from '@mui/icons-material/History';
import GroupsIcon from '@mui/icons-material/Groups';
import InboxIcon from '@mui/icons-material/Inbox';
import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import LockClockIcon from '@mui/icons-material/LockClock';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import RuleIcon from '@mui/icons-material/Rule';
import SecurityIcon from '@mui/icons-material/Security';
import SendIcon from '@mui/icons-material/Send';
import SettingsApplicationsIcon from '@mui/icons-material/SettingsApplications';
import SettingsInputAntennaIcon from '@mui/icons-material/SettingsInputAntenna';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import UploadFileIcon from '@mui/icons-material/UploadFile';
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
  /** The heading the menu shows it under, with the entries next to it of the same group. */
  group?: string;
}

/** The communications platform's admin screens: one group, each read with communications:read. */
function communicationsEntries(entries: Omit<NavEntry, 'permission' | 'group'>[]): NavEntry[] {
  return entries.map((entry) => ({ ...entry, permission: 'communications:read', group: 'Communications' }));
}

/** Sending communications and following them: their own group, before the platform's admin screens. */
function sendingEntries(entries: Omit<NavEntry, 'group'>[]): NavEntry[] {
  return entries.map((entry) => ({ ...entry, group: 'Sending' }));
}

/** The catalog admin (TMF620) and its dumps: read with catalog:read. */
function catalogEntries(entries: Omit<NavEntry, 'permission' | 'group'>[]): NavEntry[] {
  return entries.map((entry) => ({ ...entry, permission: 'catalog:read', group: 'Catalog' }));
}

/** The number pools (TMF639): each with its own permission. */
function numberEntries(entries: Omit<NavEntry, 'group'>[]): NavEntry[] {
  return entries.map((entry) => ({ ...entry, group: 'Numbers' }));
}

/** The catalog dumps' page (not a react-admin resource: `/catalog` is the TMF620 catalogs' list). */
export const CATALOG_DUMPS_PATH = '/catalog-dumps';

/**
 * The console's sections, in menu order. A section joins this list when its screen exists
 * (support-hub:read, communications:read, statistics:read, audit:read… will).
 */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { to: '/customers', label: 'Customers', permission: 'customers:read', testId: 'nav-customers', icon: ContactsIcon },
  { to: '/support-hub', label: 'Support hub', permission: 'support-hub:read', testId: 'nav-support-hub', icon: SupportAgentIcon },
  { to: '/support-hub/rules', label: 'Grouping rules', permission: 'support-hub:read', testId: 'nav-hub-rules', icon: AccountTreeIcon },
  { to: '/support-hub/refresh-runs', label: 'Refresh runs', permission: 'support-hub:read', testId: 'nav-hub-runs', icon: HistoryIcon },
  { to: '/users', label: 'Users', permission: 'users:read', testId: 'nav-users', icon: GroupIcon },
  { to: '/roles', label: 'Roles', permission: 'roles:read', testId: 'nav-roles', icon: SecurityIcon },
  { to: '/affiliates', label: 'Affiliates', permission: 'affiliates:read', testId: 'nav-affiliates', icon: BusinessIcon },
  {
    to: '/dev/mailbox',
    label: 'Dev mailbox',
    permission: 'dev-mailbox:read',
    testId: 'nav-dev-mailbox',
    icon: InboxIcon,
    probe: '/api/v1/dev/mailbox?limit=1&fields=id',
  },
  ...sendingEntries([
    { to: '/communications/create', label: 'Compose', permission: 'communications:send', testId: 'nav-compose', icon: SendIcon },
    { to: '/communications', label: 'Communications', permission: 'communications:read', testId: 'nav-communications', icon: ForumIcon },
    { to: '/mailings', label: 'Mailings', permission: 'communications:read', testId: 'nav-mailings', icon: MarkEmailReadIcon },
  ]),
  ...catalogEntries([
    { to: '/productOffering', label: 'Offerings', testId: 'nav-offerings', icon: LocalOfferIcon },
    { to: '/productOfferingPrice', label: 'Prices', testId: 'nav-prices', icon: EuroIcon },
    { to: '/productSpecification', label: 'Specifications', testId: 'nav-specifications', icon: SettingsApplicationsIcon },
    { to: '/category', label: 'Categories', testId: 'nav-categories', icon: CategoryIcon },
    { to: '/catalog', label: 'Catalogs', testId: 'nav-catalogs', icon: MenuBookIcon },
    { to: CATALOG_DUMPS_PATH, label: 'Dumps', testId: 'nav-catalog-dumps', icon: ArchiveIcon },
  ]),
  ...numberEntries([
    { to: '/numbers', label: 'Number pool', permission: 'numbers:read', testId: 'nav-numbers', icon: DialpadIcon },
    { to: '/numbers/import', label: 'Import numbers', permission: 'numbers:write', testId: 'nav-number-import', icon: UploadFileIcon },
    { to: '/numbers/reservations', label: 'Reservations', permission: 'numbers:read', testId: 'nav-reservations', icon: LockClockIcon },
  ]),
  ...communicationsEntries([
    { to: '/companies', label: 'Companies', testId: 'nav-companies', icon: ApartmentIcon },
    { to: '/departments', label: 'Departments', testId: 'nav-departments', icon: AccountTreeIcon },
    { to: '/employees', label: 'Employees', testId: 'nav-employees', icon: BadgeIcon },
    { to: '/communication_types', label: 'Communication types', testId: 'nav-communication-types', icon: CategoryIcon },
    { to: '/send_channel_types', label: 'Channels', testId: 'nav-channels', icon: SettingsInputAntennaIcon },
    { to: '/documents', label: 'Documents', testId: 'nav-documents', icon: DescriptionIcon },
    { to: '/rules', label: 'Sending rules', testId: 'nav-rules', icon: RuleIcon },
    { to: '/bookings', label: 'Bookings', testId: 'nav-bookings', icon: EventAvailableIcon },
    { to: '/channel_blocks', label: 'Channel blocks', testId: 'nav-channel-blocks', icon: BlockIcon },
    { to: '/client_groups', label: 'Client groups', testId: 'nav-client-groups', icon: GroupsIcon },
  ]),
];

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An entry's label in the user's language: `contactly.nav.<testId>`, else its English label. */
export const navLabel = (entry: Pick<NavEntry, 'testId' | 'label'>, translate: Translate): string =>
  translate(`contactly.nav.${entry.testId}`, { _: entry.label });

/** A menu group's heading in the user's language: `contactly.nav.group.<group>`. */
export const navGroupLabel = (group: string, translate: Translate): string => translate(`contactly.nav.group.${group}`, { _: group });

export const visibleNavEntries = (principal: Principal): NavEntry[] =>
  NAV_ENTRIES.filter((entry) => hasPermission(principal, entry.permission));

/** Every signed-in user may change their own password; the link sits in the app bar. */
export const CHANGE_PASSWORD_PATH = '/account/password';
