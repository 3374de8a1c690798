import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '../database/column-types.js';

/** Failed sign-ins of one username or one client address within the current window, for every instance alike. */
@Entity('login_failure')
@Index('idx_login_failure_window', ['windowStartedAt'])
export class LoginFailure {
  /** `user:<lower-cased name>` or `address:<ip>` (a hash when longer than the column). */
  @PrimaryColumn({ ...varchar(200) })
  subject: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ name: 'window_started_at', ...TIMESTAMP })
  windowStartedAt: Date;
}
