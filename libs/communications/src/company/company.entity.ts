import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar, JSON_TEXT, jsonTransformer } from '@contactly/platform';
import type { Translations } from '../language/translations.js';

/** A company of the group whose departments communicate with clients. */
@Entity('company')
@Index('uq_company_name_key', ['nameKey'], { unique: true })
export class Company {
  @PrimaryGeneratedColumn('increment')
  id: number;

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
