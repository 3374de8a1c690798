import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { JSON_TEXT, jsonTransformer, TIMESTAMP, varchar } from '@contactly/platform';

/** A named set of permissions that users hold. */
@Entity('role')
@Index('uq_role_name', ['name'], { unique: true })
export class Role {
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** Lower-case slug such as `support-engineer`. */
  @Column({ ...varchar(60) })
  name: string;

  @Column({ ...varchar(500) })
  description: string;

  /** Built-in roles can be edited but not deleted or renamed. */
  @Column({ type: 'boolean', default: false })
  builtin: boolean;

  @Column({ ...JSON_TEXT, transformer: jsonTransformer })
  permissions: string[];

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
