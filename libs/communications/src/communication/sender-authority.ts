import { Injectable } from '@nestjs/common';
import { RoleDirectory } from '@contactly/identity';
import { forbidden, type Principal, unprocessable } from '@contactly/platform';
import { DepartmentRepository } from '../department/department.repository.js';
import { EmployeeRepository } from '../employee/employee.repository.js';
import { RoleCommunicationPermissionRepository, type TypeChannel } from '../role-permission/role-communication-permission.repository.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Who sends, for which department. */
export interface Sender {
  departmentId: number;
  userId: number | null;
  username: string;
}

/**
 * What a principal may do with communications on behalf of a department. An employee acts for their
 * own department and sends only the type × channel pairs their role permits (403 for the whole
 * request otherwise); whoever holds `communications:admin` may act for any department, and must
 * name one when they are no department's employee.
 */
@Injectable()
export class SenderAuthority {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly departments: DepartmentRepository,
    private readonly permissions: RoleCommunicationPermissionRepository,
    private readonly roles: RoleDirectory,
  ) {}

  async authoriseSend(actor: Principal, departmentId: number | undefined, pair: TypeChannel): Promise<Sender> {
    const department = await this.actingDepartment(actor, departmentId);
    if (!this.administers(actor)) {
      const employee = (await this.employees.findByUserId(actor.userId))!;
      if (employee.roleId === null || !(await this.permissions.allows(employee.roleId, pair))) {
        const roleName =
          employee.roleId === null
            ? 'none'
            : ((await this.roles.namesOf([employee.roleId])).get(employee.roleId) ?? String(employee.roleId));
        throw forbidden(
          COMMUNICATIONS_ERRORS.TYPE_CHANNEL_NOT_PERMITTED,
          `Your role (${roleName}) may not send communication type ${pair.communicationTypeId} on channel ${pair.sendChannelTypeId}`,
        );
      }
    }
    return { departmentId: department, userId: actor.userId > 0 ? actor.userId : null, username: actor.username };
  }

  /**
   * The department the actor acts for: the one named (which must exist, 422), else their own as an
   * employee. An employee naming another department needs communications:admin (403); someone in no
   * department needs it too, and must name one (422).
   */
  async actingDepartment(actor: Principal, departmentId: number | undefined): Promise<number> {
    if (departmentId !== undefined && !(await this.departments.findById(departmentId))) {
      throw unprocessable(COMMUNICATIONS_ERRORS.DEPARTMENT_NOT_FOUND, `Department ${departmentId} does not exist`, [
        { field: 'departmentId', message: 'must name an existing department' },
      ]);
    }
    const employee = await this.employees.findByUserId(actor.userId);
    if (this.administers(actor)) {
      const department = departmentId ?? employee?.departmentId;
      if (department === undefined)
        throw unprocessable(
          COMMUNICATIONS_ERRORS.DEPARTMENT_REQUIRED,
          'You are no department’s employee: name the department you act for',
          [{ field: 'departmentId', message: 'is required for someone in no department' }],
        );
      return department;
    }
    if (!employee)
      throw forbidden(
        COMMUNICATIONS_ERRORS.NOT_AN_EMPLOYEE,
        `${actor.username} is no department’s employee: only employees (or communications administrators) send communications`,
      );
    if (departmentId !== undefined && departmentId !== employee.departmentId) {
      throw forbidden(
        COMMUNICATIONS_ERRORS.FOREIGN_DEPARTMENT,
        `You act for your own department (${employee.departmentId}), not department ${departmentId}`,
      );
    }
    return employee.departmentId;
  }

  /**
   * The department whose communications the actor may change (cancel, update statuses): their own
   * as an employee; null for an administrator (any); 403 for anyone else.
   */
  async changeableDepartment(actor: Principal): Promise<number | null> {
    if (this.administers(actor)) return null;
    const employee = await this.employees.findByUserId(actor.userId);
    if (!employee)
      throw forbidden(
        COMMUNICATIONS_ERRORS.NOT_AN_EMPLOYEE,
        `${actor.username} is no department’s employee: only employees (or communications administrators) change communications`,
      );
    return employee.departmentId;
  }

  /** The actor's department as an employee, if they are one. */
  async employeeDepartment(actor: Principal): Promise<number | undefined> {
    return (await this.employees.findByUserId(actor.userId))?.departmentId;
  }

  administers(actor: Principal): boolean {
    return actor.permissions.has('communications:admin');
  }
}
