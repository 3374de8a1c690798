import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, EmailField, IntField, PasswordField, TextField } from '@contactly/platform';

const USERNAME = /^[\p{L}\p{N}][\p{L}\p{N}._@+-]*$/u;

/**
 * An employee is a staff login in a department under a role: name an existing staff user
 * (`userId`), or give `username`, `displayName` and `password` to create the login.
 */
export class CreateEmployeeDto {
  @IntField({ min: 1, example: 3 }) departmentId: number;
  @TextField({ max: 60, example: 'marketer', description: 'The role (its name or id) the employee works under; the login is given it' })
  role: string;
  @TextField({ max: 200, optional: true, nullable: true, example: 'Маркетолог' }) position?: string | null;
  @IntField({ min: 1, optional: true, description: 'An existing staff user to make an employee' }) userId?: number;
  @TextField({
    max: 100,
    optional: true,
    pattern: USERNAME,
    patternMessage: 'username may hold letters, digits and . _ @ + -',
    example: 'olga.sender',
  })
  username?: string;
  @TextField({ max: 200, optional: true, example: 'Ольга Отправкина' }) displayName?: string;
  @EmailField({ optional: true, nullable: true }) email?: string | null;
  @PasswordField({ optional: true, description: 'For a new login: at least 10 characters, not the username, not a common password' })
  password?: string;
}

export class UpdateEmployeeDto {
  @IntField({ min: 1, optional: true }) departmentId?: number;
  @TextField({ max: 60, optional: true, description: 'Replaces the employee’s role (also on the login)' }) role?: string;
  @TextField({ max: 200, optional: true, nullable: true }) position?: string | null;
  @TextField({ max: 200, optional: true }) displayName?: string;
  @EmailField({ optional: true, nullable: true }) email?: string | null;
  @BooleanField({ optional: true, description: 'Whether the login may sign in' }) active?: boolean;
}

export class DepartmentRefView {
  @ApiProperty({ example: 3 }) departmentId: number;
  @ApiProperty({ example: 'Маркетинг' }) name: string;
  @ApiProperty({ example: 1 }) companyId: number;
}

export class RoleRefView {
  @ApiProperty({ example: 4 }) roleId: number;
  @ApiProperty({ example: 'marketer' }) name: string;
}

export class EmployeeView {
  @ApiProperty({ example: 7 }) employeeId: number;
  @ApiProperty({ example: 12 }) userId: number;
  @ApiProperty({ example: 'olga.sender' }) username: string;
  @ApiProperty({ example: 'Ольга Отправкина' }) displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ type: DepartmentRefView }) department: DepartmentRefView;
  @ApiProperty({ type: RoleRefView, nullable: true }) role: RoleRefView | null;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
