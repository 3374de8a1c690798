import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { varchar } from '@contactly/platform';
import { Party } from '../party/party.entity.js';

/**
 * Normalised search tokens of a party (name words, email, phone digits), written with the party.
 * A prefix search is one range scan of one index, whatever the dialect, at a million customers.
 */
@Entity('party_search_key')
@Index('idx_party_search_key_key', ['key', 'partyId'])
export class PartySearchKey {
  @PrimaryColumn({ name: 'party_id', type: 'integer' })
  partyId: number;

  @ManyToOne(() => Party, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_party_search_key_party' })
  party?: Relation<Party>;

  @PrimaryColumn({ ...varchar(254) })
  key: string;

  /** What the key came from (name, email, phone), to rank exact and name matches first. */
  @Column({ ...varchar(10) })
  kind: string;
}
