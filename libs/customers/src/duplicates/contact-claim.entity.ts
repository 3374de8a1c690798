import { Entity, PrimaryColumn } from 'typeorm';

/** How many claim rows there are: enough that unrelated creates rarely share one, few enough to seed. */
export const CONTACT_CLAIM_BUCKETS = 1024;

/**
 * Rows that a customer create locks (`FOR UPDATE`) for each email and phone it brings, by a hash
 * of the value into a fixed set of buckets (all seeded by the migration): two creates of the same
 * person take turns, so the second sees the first and is refused as a duplicate. The rows always
 * exist, so the locks are plain row locks in bucket order — no gap locks and no deadlocks, which
 * locking a key that does not exist yet (or inserting it) would bring on MariaDB.
 */
@Entity('contact_claim')
export class ContactClaim {
  @PrimaryColumn({ type: 'integer' })
  bucket: number;
}
