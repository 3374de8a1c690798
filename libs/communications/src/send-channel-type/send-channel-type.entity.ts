import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar, JSON_TEXT, jsonTransformer } from '@contactly/platform';
import type { Translations } from '../language/translations.js';

/**
 * How a channel reaches a client, which decides the address it needs and the provider that
 * delivers it (email: an email address over SMTP; sms and messenger: a phone number; push: a
 * device; social: a social-media account).
 */
export const CHANNEL_KINDS = ['sms', 'messenger', 'email', 'push', 'social'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** A channel communications are sent on (SMS, Email, …): editable, can be switched off. */
@Entity('send_channel_type')
@Index('uq_send_channel_type_name_key', ['nameKey'], { unique: true })
export class SendChannelType {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(100) })
  name: string;

  @Column({ name: 'name_key', ...varchar(100) })
  nameKey: string;

  @Column({ ...varchar(1000) })
  description: string;

  @Column({ ...varchar(20) })
  kind: ChannelKind;

  /** A disabled channel stays in history and rules but nothing new is sent on it. */
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

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
