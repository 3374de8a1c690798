import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar, JSON_TEXT, jsonTransformer } from '@contactly/platform';
import type { Translations } from '../language/translations.js';

/** A status of a booking ("Забронирован", …); `holdsClient` says whether it reserves its clients. */
@Entity('booking_status_type')
@Index('uq_booking_status_type_name_key', ['nameKey'], { unique: true })
export class BookingStatusType {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(100) })
  name: string;

  @Column({ name: 'name_key', ...varchar(100) })
  nameKey: string;

  @Column({ ...varchar(1000) })
  description: string;

  /** While a booking in this status lasts, other departments cannot book or reach its clients. */
  @Column({ name: 'holds_client', type: 'boolean', default: true })
  holdsClient: boolean;

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
