import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import { Department } from '../department/department.entity.js';

/**
 * An employee: a staff login (identity's user) working in a department under a role. The role
 * says which communication types they may send on which channels (role_communication_permission).
 */
@Entity('employee')
@Index('uq_employee_user', ['userId'], { unique: true })
@Index('idx_employee_department', ['departmentId'])
@Index('idx_employee_role', ['roleId'])
export class Employee {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_employee_department' })
  department?: Relation<Department>;

  /** Null only if the role was deleted in identity after being taken from the user. */
  @Column({ name: 'role_id', type: 'integer', nullable: true })
  roleId: number | null;

  @Column({ ...varchar(200), nullable: true })
  position: string | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
