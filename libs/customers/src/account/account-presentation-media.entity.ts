import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from './account.entity.js';
import { BillPresentationMedia } from './bill-reference/bill-reference.entity.js';

/** The media a party account's bills are presented on (`billStructure.presentationMedia`). */
@Entity('account_presentation_media')
@Index('idx_account_presentation_media_media', ['mediaId'])
export class AccountPresentationMedia {
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_account_presentation_media_account' })
  account?: Relation<Account>;

  @PrimaryColumn({ name: 'media_id', type: 'integer' })
  mediaId: number;

  @ManyToOne(() => BillPresentationMedia, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'media_id', foreignKeyConstraintName: 'fk_account_presentation_media_media' })
  media?: Relation<BillPresentationMedia>;
}
