import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  DomainError,
  invalid,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import { RoleDirectory, UserDirectory, UserService } from '@contactly/identity';
import { DepartmentRepository } from '../department/department.repository.js';
import { docTime } from '../shared/doc-time.js';
import { parseIdOrName } from '../shared/names.js';
import type { CreateEmployeeDto, EmployeeView, UpdateEmployeeDto } from './dto/employee.dto.js';
import type { Employee } from './employee.entity.js';
import { type EmployeeRecord, EmployeeRepository } from './employee.repository.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/**
 * Employees: staff logins placed in a department under a role. Logins are created, linked and
 * changed through identity's UserService (its events and audit included); the employee record
 * has its own events (`Employee…Event`).
 */
@Injectable()
export class EmployeeService {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly departments: DepartmentRepository,
    private readonly roles: RoleDirectory,
    private readonly users: UserService,
    private readonly logins: UserDirectory,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery, restrict: { departmentId?: number; roleId?: number } = {}): Promise<Page<EmployeeView>> {
    const page = await this.employees.list(query, restrict);
    return new Page(await this.views(page.items), page.total, page.fields);
  }

  async get(idOrUsername: string): Promise<Versioned<EmployeeView>> {
    const record = await this.find(idOrUsername);
    return new Versioned((await this.views([record]))[0], record.employee.version);
  }

  /** The employee a signed-in user is, if any (their department decides what they may do). */
  findByUser(userId: number): Promise<Employee | null> {
    return this.employees.findByUserId(userId);
  }

  async create(input: CreateEmployeeDto, actor: Principal): Promise<Versioned<EmployeeView>> {
    const linking = input.userId !== undefined;
    if (linking && (input.username !== undefined || input.password !== undefined)) {
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'Name an existing user (userId) or a new login (username, password), not both', [
        { field: 'userId', message: 'cannot be combined with username or password' },
      ]);
    }
    if (!linking) {
      const missing = (['username', 'displayName', 'password'] as const).filter((field) => input[field] === undefined);
      if (missing.length)
        throw invalid(
          PLATFORM_ERRORS.VALIDATION_FAILED,
          `A new login needs ${missing.join(', ')} (or name an existing user with userId)`,
          missing.map((field) => ({ field, message: 'is required for a new login' })),
        );
    }
    return this.db.transaction(async () => {
      await this.assertDepartment(input.departmentId);
      const role = await this.role(input.role);
      let userId: number;
      if (input.userId !== undefined) {
        await this.lockUser(input.userId);
        const user = await this.loginOf(input.userId);
        if (user.kind !== 'staff')
          throw unprocessable(
            COMMUNICATIONS_ERRORS.USER_NOT_STAFF,
            `User ${user.username} is not staff (${user.kind}); only staff can be employees`,
            [{ field: 'userId', message: 'must be a staff user' }],
          );
        if (await this.employees.findByUserId(user.id))
          throw conflict(COMMUNICATIONS_ERRORS.EMPLOYEE_EXISTS, `User ${user.username} is already an employee`);
        if (!user.roles.includes(role.name)) await this.users.update(user.id, { roles: [...user.roles, role.name] }, undefined, actor);
        userId = user.id;
      } else {
        const created = await this.users.create(
          {
            username: input.username!,
            displayName: input.displayName!,
            email: input.email ?? null,
            password: input.password!,
            roles: [role.name],
            kind: 'staff',
          },
          actor,
        );
        userId = created.body.id;
      }
      const now = this.clock.now();
      const employee = await this.employees.insert({
        userId,
        departmentId: input.departmentId,
        roleId: role.id,
        position: input.position ?? null,
        createdAt: now,
        updatedAt: now,
      });
      const record = (await this.employees.findById(employee.id))!;
      const view = (await this.views([record]))[0];
      await this.record(employee.id, actor, null, view);
      return new Versioned(view, employee.version);
    });
  }

  async update(
    idOrUsername: string,
    input: UpdateEmployeeDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<EmployeeView>> {
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const { employee, user } = await this.find(idOrUsername);
          assertVersion(expectedVersion, employee.version, `Employee ${employee.id}`);
          const before = (await this.views([{ employee, user }]))[0];
          if (input.departmentId !== undefined) await this.assertDepartment(input.departmentId);
          const role = input.role !== undefined ? await this.role(input.role) : undefined;
          const login = (await this.users.get(user.id)).body;
          const oldRoleName = before.role?.name;
          const roles = role && role.name !== oldRoleName ? [...login.roles.filter((name) => name !== oldRoleName), role.name] : undefined;
          const loginPatch = { displayName: input.displayName, email: input.email, active: input.active, roles };
          const loginChanged =
            (input.displayName !== undefined && input.displayName !== login.displayName) ||
            (input.email !== undefined && input.email !== login.email) ||
            (input.active !== undefined && input.active !== login.active) ||
            roles !== undefined;
          if (loginChanged) await this.users.update(user.id, loginPatch, undefined, actor);
          await this.employees.update(
            employee,
            {
              departmentId: input.departmentId ?? employee.departmentId,
              roleId: role ? role.id : employee.roleId,
              position: input.position === undefined ? employee.position : input.position,
              updatedAt: this.clock.now(),
            },
            loginChanged,
          );
          const record = (await this.employees.findById(employee.id))!;
          const after = (await this.views([record]))[0];
          await this.record(employee.id, actor, before, after);
          return new Versioned(after, record.employee.version);
        }),
      expectedVersion,
      `Employee ${idOrUsername}`,
    );
  }

  /** The employee record goes; the login stays (deactivate or delete it in identity). */
  async delete(idOrUsername: string, actor: Principal): Promise<void> {
    await this.db.transaction(async () => {
      const record = await this.find(idOrUsername);
      const before = (await this.views([record]))[0];
      await this.employees.delete(record.employee.id);
      await this.record(record.employee.id, actor, before, null);
    });
  }

  async find(idOrUsername: string): Promise<EmployeeRecord> {
    const key = parseIdOrName(idOrUsername);
    const record = 'id' in key ? await this.employees.findById(key.id) : await this.employees.findByUsername(key.name);
    if (!record) throw notFound(COMMUNICATIONS_ERRORS.EMPLOYEE_NOT_FOUND, `Employee ${idOrUsername} does not exist`);
    return record;
  }

  private async views(records: EmployeeRecord[]): Promise<EmployeeView[]> {
    const departments = await this.departments.findByIds(records.map((r) => r.employee.departmentId));
    const roleNames = await this.roles.namesOf(records.map((r) => r.employee.roleId).filter((id): id is number => id !== null));
    return records.map(({ employee, user }) => {
      const department = departments.get(employee.departmentId);
      return {
        employeeId: employee.id,
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        email: user.email,
        active: user.active,
        department: { departmentId: employee.departmentId, name: department?.name ?? '', companyId: department?.companyId ?? 0 },
        role: employee.roleId !== null ? { roleId: employee.roleId, name: roleNames.get(employee.roleId) ?? '' } : null,
        position: employee.position,
        version: employee.version,
        createTime: docTime(employee.createdAt),
        updateTime: docTime(employee.updatedAt),
      };
    });
  }

  private async loginOf(userId: number) {
    try {
      return (await this.users.get(userId)).body;
    } catch (error) {
      if (!(error instanceof DomainError && error.category === 'NotFound')) throw error;
      throw unprocessable(COMMUNICATIONS_ERRORS.USER_NOT_FOUND, `User ${userId} does not exist`, [
        { field: 'userId', message: 'must name an existing user' },
      ]);
    }
  }

  /** Holds the login against a concurrent delete (no foreign key across libs); 422 when it is gone. */
  private async lockUser(userId: number): Promise<void> {
    if (!(await this.logins.lockForReference([userId])).has(userId))
      throw unprocessable(COMMUNICATIONS_ERRORS.USER_NOT_FOUND, `User ${userId} does not exist`, [
        { field: 'userId', message: 'must name an existing user' },
      ]);
  }

  /** A role by id or name, held against a concurrent delete; 422 when it does not exist. */
  private async role(idOrName: string) {
    const found = await this.roles.find(parseIdOrName(idOrName));
    const role = found && (await this.roles.lockForReference([found.id])).has(found.id) ? found : null;
    if (!role)
      throw unprocessable(COMMUNICATIONS_ERRORS.ROLE_NOT_FOUND, `Role ${idOrName} does not exist`, [
        { field: 'role', message: 'must name an existing role' },
      ]);
    return role;
  }

  private async assertDepartment(departmentId: number): Promise<void> {
    if (!(await this.departments.findById(departmentId))) {
      throw unprocessable(COMMUNICATIONS_ERRORS.DEPARTMENT_NOT_FOUND, `Department ${departmentId} does not exist`, [
        { field: 'departmentId', message: 'must name an existing department' },
      ]);
    }
  }

  private async record(id: number, actor: Principal, before: EmployeeView | null, after: EmployeeView | null): Promise<void> {
    await this.changes.record({
      resource: 'Employee',
      resourceType: 'employee',
      resourceId: id,
      actor,
      before,
      after,
      stateAttribute: 'active',
    });
  }
}
