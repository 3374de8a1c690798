import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { varchar } from '@contactly/platform';
import { Party } from '../party/party.entity.js';

/**
 * Normalised search tokens of a customer (name words, email, phone digits), written with the party
 * while it is a customer. A prefix search is one range scan of one covering index, whatever the
 * dialect, at a million customers: the owner's affiliate is copied here so a scoped search needs
 * no join either.
 */
@Entity('party_search_key')
@Index('idx_party_search_key_key', ['key', 'partyId', 'kind'])
@Index('idx_party_search_key_affiliate', ['affiliateId', 'key', 'partyId', 'kind'])
export class PartySearchKey {
  @PrimaryColumn({ name: 'party_id', type: 'integer' })
  partyId: number;

  @ManyToOne(() => Party, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_party_search_key_party' })
  party?: Relation<Party>;

  @PrimaryColumn({ ...varchar(254) })
  key: string;

  /** The owning affiliate of the party (never changes), for affiliate-scoped searches. */
  @Column({ name: 'affiliate_id', type: 'integer', nullable: true })
  affiliateId: number | null;

  /** What the key came from (name, email, phone), to rank exact and name matches first. */
  @Column({ ...varchar(10) })
  kind: string;
}
