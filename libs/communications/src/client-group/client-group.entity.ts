import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

/**
 * A saved group of clients (members in client_group_member) to send to, book or check together:
 * "the clients of the autumn survey", "VIP Moscow". Named, unique ignoring case.
 */
@Entity('client_group')
@Index('uq_client_group_name_key', ['nameKey'], { unique: true })
export class ClientGroup {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ name: 'name_key', ...varchar(200) })
  nameKey: string;

  @Column({ ...varchar(1000), nullable: true })
  description: string | null;

  /** Members, kept at write time so lists need no count per row. */
  @Column({ name: 'client_count', type: 'integer' })
  clientCount: number;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}

/** A client in a saved group; it leaves the group when the client's party is deleted. */
@Entity('client_group_member')
@Index('idx_client_group_member_client', ['clientId'])
export class ClientGroupMember {
  @PrimaryColumn({ name: 'group_id', type: 'integer' })
  groupId: number;

  @PrimaryColumn({ name: 'client_id', type: 'integer' })
  clientId: number;

  @ManyToOne(() => ClientGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_client_group_member_group' })
  group?: Relation<ClientGroup>;
}
