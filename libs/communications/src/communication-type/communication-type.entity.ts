import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { type CommunicationPurpose, DEFAULT_COMMUNICATION_PURPOSE } from './communication-purpose.js';
import { TIMESTAMP, varchar, JSON_TEXT, jsonTransformer } from '@contactly/platform';
import type { Translations } from '../language/translations.js';

/** A kind of communication (mass, personal, survey, …): editable; six are seeded. */
@Entity('communication_type')
@Index('uq_communication_type_name_key', ['nameKey'], { unique: true })
export class CommunicationType {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ name: 'name_key', ...varchar(200) })
  nameKey: string;

  @Column({ ...varchar(1000) })
  description: string;

  /** Marketing or service: a suspended or closed customer gets service messages only. */
  @Column({ ...varchar(20), default: DEFAULT_COMMUNICATION_PURPOSE })
  purpose: CommunicationPurpose;
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
