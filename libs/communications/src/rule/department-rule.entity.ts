import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar, JSON_TEXT, jsonTransformer } from '@contactly/platform';
import type { Translations } from '../language/translations.js';
import { Department } from '../department/department.entity.js';

/**
 * A sending rule of a department: which type × channel pairs it allows (rule_allowance), the quiet
 * hours (local time of the client), frequency caps per channel and period, and the order in which
 * channels are preferred. A send is allowed when an active rule of the department allows its pair;
 * the quiet hours and caps of every such rule apply.
 */
@Entity('department_rule')
@Index('uq_department_rule_name_key', ['departmentId', 'nameKey'], { unique: true })
@Index('idx_department_rule_name_key', ['nameKey'])
export class DepartmentRule {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  /** A department's rules go with it. */
  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_department_rule_department' })
  department?: Relation<Department>;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ name: 'name_key', ...varchar(200) })
  nameKey: string;

  @Column({ ...varchar(1000), nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Local `HH:MM` when nothing may be sent from; with quietEnd, or both null for none. */
  @Column({ name: 'quiet_start', ...varchar(5), nullable: true })
  quietStart: string | null;

  @Column({ name: 'quiet_end', ...varchar(5), nullable: true })
  quietEnd: string | null;

  /** The zone of quiet hours for a client who has none of their own. */
  @Column({ name: 'time_zone', ...varchar(64) })
  timeZone: string;

  /** Its text in other languages, by language and field (language/translations.ts). */
  @Column({ ...JSON_TEXT, transformer: jsonTransformer, nullable: true })
  translations: Translations | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
