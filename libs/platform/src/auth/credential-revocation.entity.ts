import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../database/column-types.js';

/**
 * A user's cached credentials must go (password, roles, status changed; the user deleted), or
 * everyone's (a role's permissions changed). Each instance reads the new rows every second and
 * drops what they name from its own cache.
 */
@Entity('credential_revocation')
@Index('idx_credential_revocation_at', ['revokedAt'])
export class CredentialRevocation {
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** Null: every user. */
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  @Column({ name: 'revoked_at', ...TIMESTAMP })
  revokedAt: Date;
}
