import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { JSON_TEXT, jsonTransformer, TIMESTAMP, varchar } from '@contactly/platform';

/**
 * What the communications platform keeps about a client (a customer party of the customers lib,
 * named by id only: no key across libs): whether it may be communicated with, its IANA time zone
 * for quiet hours and its social-media accounts. A party has a row once the platform wrote one
 * (a client added here, an edit, a copy of non-default values by migration 1764000007600); a party
 * without one reads as available, with no zone and no accounts (CLIENT_DEFAULTS). CommunicationsReferences
 * removes the row when the party is deleted.
 */
@Entity('client_profile')
// `GET /api/v1/clients?available=false`: the few unavailable clients, found from this side of the join.
@Index('idx_client_profile_available', ['available'])
export class ClientProfile {
  @PrimaryColumn({ name: 'client_id', type: 'integer' })
  clientId: number;

  @Column({ type: 'boolean', default: true })
  available: boolean;

  @Column({ name: 'time_zone', ...varchar(64), nullable: true })
  timeZone: string | null;

  /** Network → account, in canonical (alphabetical) order; null when none. */
  @Column({ name: 'social_media', ...JSON_TEXT, transformer: jsonTransformer, nullable: true })
  socialMedia: Record<string, string> | null;

  /** Part of the client's version (the ETag is the party's version plus this one). Rows copied by migration start at 0, so ETags stayed. */
  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
