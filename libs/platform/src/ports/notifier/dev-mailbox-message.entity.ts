import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '../../database/column-types.js';

/** A message the dev mailbox "sent": kept so developers and tests can read it. */
@Entity('dev_mailbox_message')
@Index('idx_dev_mailbox_message_recipient', ['recipient', 'id'])
@Index('uq_dev_mailbox_message_reference', ['reference'], { unique: true })
export class DevMailboxMessage {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(10) })
  channel: string;

  @Column({ ...varchar(254) })
  recipient: string;

  @Column({ ...varchar(300), nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ ...varchar(60) })
  purpose: string;

  /** The sender's reference (`communication-<id>`): one message per reference, however often it is sent. */
  @Column({ ...varchar(100), nullable: true })
  reference: string | null;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;
}
