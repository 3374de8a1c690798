import type { MigrationInterface, QueryRunner } from 'typeorm';
import { type CrossLibKey, dropCrossLibKeys, restoreCrossLibKeys } from '@contactly/platform';

/**
 * The customers lib names identity's affiliates and users by id only: no foreign key into another
 * lib's tables. What happens instead is explicit (CustomersReferences): deleting an affiliate that
 * still owns parties is refused with 409 naming them (the RESTRICT key did it before, unnamed); a
 * pending registration keeps the id of the login it created as history (it was SET NULL). On
 * SQLite, dropping a key rebuilds the table (rows kept).
 */
const CROSS_LIB_KEYS: CrossLibKey[] = [
  ['party', 'fk_party_affiliate', 'affiliate_id', 'affiliate', 'RESTRICT'],
  ['pending_registration', 'fk_pending_registration_user', 'user_id', 'user', 'SET NULL'],
];

export class CustomersCrossLibReferences1764000007000 implements MigrationInterface {
  name = 'CustomersCrossLibReferences1764000007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await dropCrossLibKeys(queryRunner, CROSS_LIB_KEYS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreCrossLibKeys(queryRunner, CROSS_LIB_KEYS);
  }
}
