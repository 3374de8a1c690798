import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar, JSON_TEXT, jsonTransformer } from '@contactly/platform';
import type { Translations } from '../language/translations.js';
import { Company } from '../company/company.entity.js';

/** A department of a company: its employees send communications under its rules. */
@Entity('department')
@Index('uq_department_company_name_key', ['companyId', 'nameKey'], { unique: true })
@Index('idx_department_name_key', ['nameKey'])
export class Department {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'company_id', type: 'integer' })
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_department_company' })
  company?: Relation<Company>;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ name: 'name_key', ...varchar(200) })
  nameKey: string;

  @Column({ ...varchar(1000), nullable: true })
  description: string | null;

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
