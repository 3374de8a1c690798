import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * An index on the tokens' expiry, so the hourly purge of old tokens reads a range of it instead of
 * scanning (and, on MariaDB, locking) the whole table while resets go on.
 */
export class PasswordResetTokenExpiry1764000001200 implements MigrationInterface {
  name = 'PasswordResetTokenExpiry1764000001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'password_reset_token',
      new TableIndex({ name: 'idx_password_reset_token_expiry', columnNames: ['expires_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('password_reset_token', 'idx_password_reset_token_expiry');
  }
}
