import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '../database/column-types.js';

/** One row a scheduled job: whoever holds an unexpired lease runs the job. */
@Entity('job_lease')
export class JobLease {
  @PrimaryColumn({ ...varchar(100) })
  name: string;

  @Column({ ...varchar(100) })
  holder: string;

  @Column({ name: 'expires_at', ...TIMESTAMP })
  expiresAt: Date;
}
