import type { MigrationInterface, QueryRunner } from 'typeorm';
import { type CrossLibKey, dropCrossLibKeys, restoreCrossLibKeys } from '@contactly/platform';

/**
 * The communications platform names identity's users and roles and the customers lib's parties by
 * id only: no foreign key into another lib's tables, so a delete there no longer cascades into (or
 * nulls) these rows with no event and no audit entry. What happens instead is explicit and lives in
 * this lib (CommunicationsReferences): a party a booking holds, and a user or role an employee
 * holds, cannot be deleted (409); a deleted party's channel blocks and group memberships and a
 * deleted role's communication permissions are removed with their own events; communication
 * history keeps the client id. On SQLite, dropping a key rebuilds the table (rows kept).
 */
const CROSS_LIB_KEYS: CrossLibKey[] = [
  ['employee', 'fk_employee_user', 'user_id', 'user', 'CASCADE'],
  ['employee', 'fk_employee_role', 'role_id', 'role', 'SET NULL'],
  ['role_communication_permission', 'fk_role_communication_permission_role', 'role_id', 'role', 'CASCADE'],
  ['booking', 'fk_booking_booked_by', 'booked_by_user_id', 'user', 'SET NULL'],
  ['booking_client', 'fk_booking_client_party', 'client_id', 'party', 'CASCADE'],
  ['channel_block', 'fk_channel_block_party', 'client_id', 'party', 'CASCADE'],
  ['channel_block', 'fk_channel_block_blocked_by', 'blocked_by_user_id', 'user', 'SET NULL'],
  ['client_group_member', 'fk_client_group_member_party', 'client_id', 'party', 'CASCADE'],
  ['mailing', 'fk_mailing_sender', 'sender_user_id', 'user', 'SET NULL'],
  ['communication', 'fk_communication_party', 'client_id', 'party', 'SET NULL'],
];

export class CommunicationsCrossLibReferences1764000007100 implements MigrationInterface {
  name = 'CommunicationsCrossLibReferences1764000007100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await dropCrossLibKeys(queryRunner, CROSS_LIB_KEYS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreCrossLibKeys(queryRunner, CROSS_LIB_KEYS);
  }
}
