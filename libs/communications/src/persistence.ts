import type { LibPersistence } from '@contactly/platform';
import { BookingStatusType } from './booking-status-type/booking-status-type.entity.js';
import { Booking, BookingClient } from './booking/booking.entity.js';
import { ChannelBlock } from './channel-block/channel-block.entity.js';
import { CommunicationType } from './communication-type/communication-type.entity.js';
import { Company } from './company/company.entity.js';
import { Department } from './department/department.entity.js';
import { DocumentChunk } from './document/document-chunk.entity.js';
import { Document } from './document/document.entity.js';
import { Employee } from './employee/employee.entity.js';
import { CommunicationsTables1764000005000 } from './migrations/1764000005000-communications-tables.js';
import { CommunicationsCatalogs1764000005200 } from './migrations/1764000005200-communications-catalogs.js';
import { CommunicationsSending1764000005300 } from './migrations/1764000005300-communications-sending.js';
import { CommunicationClaimToken1764000006400 } from './migrations/1764000006400-communication-claim-token.js';
import { CommunicationsCrossLibReferences1764000007100 } from './migrations/1764000007100-communications-cross-lib-references.js';
import { ClientProfile1764000007600 } from './migrations/1764000007600-client-profile.js';
import { ReferenceTranslations1764000013000 } from './migrations/1764000013000-reference-translations.js';
import { CommunicationTypePurpose1764000013400 } from './migrations/1764000013400-communication-type-purpose.js';
import { ClientProfile } from './client/client-profile.entity.js';
import { ClientGroup, ClientGroupMember } from './client-group/client-group.entity.js';
import { Communication } from './communication/communication.entity.js';
import { Mailing } from './communication/mailing.entity.js';
import { RoleCommunicationPermission } from './role-permission/role-communication-permission.entity.js';
import { DepartmentRule } from './rule/department-rule.entity.js';
import { RuleAllowance, RuleChannelPreference, RuleFrequencyCap } from './rule/rule-lines.entity.js';
import { SendChannelType } from './send-channel-type/send-channel-type.entity.js';

/**
 * The communications platform's entities and migrations, for the app's data source (and its tests) only. A separate
 * entry (`@contactly/communications/persistence`) that dependency-cruiser lets only the app composition, scripts, benchmarks and
 * tests import: no other lib gets these entity classes to query the communications platform's tables with.
 */
export const COMMUNICATIONS_PERSISTENCE: LibPersistence = {
  entities: [
    Company,
    Department,
    Employee,
    CommunicationType,
    SendChannelType,
    BookingStatusType,
    Document,
    DocumentChunk,
    DepartmentRule,
    RuleAllowance,
    RuleFrequencyCap,
    RuleChannelPreference,
    RoleCommunicationPermission,
    Booking,
    BookingClient,
    ChannelBlock,
    ClientGroup,
    ClientGroupMember,
    Mailing,
    Communication,
    ClientProfile,
  ],
  // Its client attributes lived on the customers lib's party (1764000005100, 1764000005150) until 1764000007600 moved them here.
  migrations: [
    CommunicationsTables1764000005000,
    CommunicationsCatalogs1764000005200,
    CommunicationsSending1764000005300,
    CommunicationClaimToken1764000006400,
    CommunicationsCrossLibReferences1764000007100,
    ClientProfile1764000007600,
    ReferenceTranslations1764000013000,
    CommunicationTypePurpose1764000013400,
  ],
};
