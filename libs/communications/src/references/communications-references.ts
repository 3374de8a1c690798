import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type Principal, type Reference, ReferenceHolders } from '@contactly/platform';
import { BookingRepository } from '../booking/booking.repository.js';
import { ChannelBlockService } from '../channel-block/channel-block.service.js';
import { ClientGroupService } from '../client-group/client-group.service.js';
import { ClientProfileRepository } from '../client/client-profile.repository.js';
import { EmployeeRepository } from '../employee/employee.repository.js';
import { RoleCommunicationPermissionService } from '../role-permission/role-communication-permission.service.js';

/**
 * What the communications platform does when a record it refers to by id (no foreign key across
 * libs) is about to be deleted in the lib that owns it:
 * - a party (customers): refused (409) while a booking holds it, since a booking is a department's
 *   claim on its clients; else its channel blocks are lifted and it leaves its groups, each with its
 *   own event and audit entry, and its client profile (availability, zone, accounts) goes, as
 *   data about a record that is no more; communications keep the client id as history.
 * - a user (identity): refused (409) while it is an employee (delete the employee first); bookings,
 *   blocks and mailings keep the id of who made them as history.
 * - a role (identity): refused (409) while employees work under it; its communication permissions
 *   go with it, recorded as their change to none.
 */
const referencesOf = (what: string, ids: number[]): Reference => ({ what, count: ids.length, ids });

@Injectable()
export class CommunicationsReferences implements OnModuleInit {
  constructor(
    private readonly references: ReferenceHolders,
    private readonly bookings: BookingRepository,
    private readonly blocks: ChannelBlockService,
    private readonly groups: ClientGroupService,
    private readonly profiles: ClientProfileRepository,
    private readonly employees: EmployeeRepository,
    private readonly permissions: RoleCommunicationPermissionService,
  ) {}

  onModuleInit(): void {
    this.references.register('party', {
      referencesTo: async (partyId) => [referencesOf('booking(s)', await this.bookings.bookingIdsOf(partyId))],
      release: async (partyId: number, actor: Principal) => {
        await this.blocks.liftAllOf(partyId, actor);
        await this.groups.removeClientFromAll(partyId, actor);
        await this.profiles.deleteOf(partyId);
      },
    });
    this.references.register('user', {
      referencesTo: async (userId) => {
        const employee = await this.employees.findByUserId(userId);
        return [referencesOf('employee(s)', employee ? [employee.id] : [])];
      },
    });
    this.references.register('role', {
      referencesTo: async (roleId) => [referencesOf('employee(s)', await this.employees.idsWithRole(roleId))],
      release: (roleId: number, actor: Principal) => this.permissions.releaseRole(roleId, actor),
    });
  }
}
