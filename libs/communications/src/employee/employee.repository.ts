import { Injectable } from '@nestjs/common';
import { applyListQuery, Database, type ListQuery, Page, updateIfVersion } from '@contactly/platform';
import { type LoginView, RoleDirectory, UserDirectory } from '@contactly/identity';
import type { SelectQueryBuilder } from 'typeorm';
import { EMPLOYEE_LIST, LOGIN_ALIAS } from './employee.list.js';
import { Employee } from './employee.entity.js';

export interface EmployeeRecord {
  employee: Employee;
  user: LoginView;
}

/**
 * Employees and their logins. The login's attributes come from identity's read ports (joined for
 * filters and sorts, loaded per page in one query); writes to logins go through UserService.
 */
@Injectable()
export class EmployeeRepository {
  constructor(
    private readonly db: Database,
    private readonly users: UserDirectory,
    private readonly roles: RoleDirectory,
  ) {}

  private get employees() {
    return this.db.repository(Employee);
  }

  private base(): SelectQueryBuilder<Employee> {
    return this.users.joinLogins(this.employees.createQueryBuilder('e'), LOGIN_ALIAS, 'e.user_id');
  }

  async findById(id: number): Promise<EmployeeRecord | null> {
    return this.one(this.base().where('e.id = :id', { id }));
  }

  async findByUsername(username: string): Promise<EmployeeRecord | null> {
    return this.one(this.users.restrictToUsername(this.base(), LOGIN_ALIAS, username));
  }

  /** The ids of the employees working under the role. */
  async idsWithRole(roleId: number): Promise<number[]> {
    return (await this.employees.find({ select: { id: true }, where: { roleId }, order: { id: 'ASC' } })).map((e) => e.id);
  }

  async findByUserId(userId: number): Promise<Employee | null> {
    return this.employees.findOneBy({ userId });
  }

  async list(query: ListQuery, restrict: { departmentId?: number; roleId?: number } = {}): Promise<Page<EmployeeRecord>> {
    const qb = this.base();
    if (restrict.departmentId !== undefined) qb.andWhere('e.department_id = :departmentId', { departmentId: restrict.departmentId });
    if (restrict.roleId !== undefined) qb.andWhere('e.role_id = :roleId', { roleId: restrict.roleId });
    if (query.extra.username !== undefined) this.users.restrictToUsername(qb, LOGIN_ALIAS, query.extra.username);
    if (query.extra.role !== undefined) this.roles.restrictToRoleNamed(qb, 'e.role_id', query.extra.role);
    const [employees, total] = await applyListQuery(qb, query, EMPLOYEE_LIST).getManyAndCount();
    return new Page(await this.withUsers(employees), total, query.fields);
  }

  async insert(values: Omit<Employee, 'id' | 'version'>): Promise<Employee> {
    const result = await this.employees.insert({ ...values, version: 1 });
    return this.employees.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  async update(employee: Employee, changes: Partial<Employee>, loginChanged: boolean): Promise<void> {
    await updateIfVersion(this.db.manager, Employee, employee, changes, loginChanged);
  }

  async delete(id: number): Promise<void> {
    await this.employees.delete({ id });
  }

  private async one(qb: SelectQueryBuilder<Employee>): Promise<EmployeeRecord | null> {
    const employee = await qb.getOne();
    return employee ? (await this.withUsers([employee]))[0] : null;
  }

  private async withUsers(employees: Employee[]): Promise<EmployeeRecord[]> {
    if (!employees.length) return [];
    const byId = await this.users.loginsOf(employees.map((e) => e.userId));
    return employees.flatMap((employee) => (byId.has(employee.userId) ? [{ employee, user: byId.get(employee.userId)! }] : []));
  }
}
