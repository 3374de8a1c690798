import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan, MoreThanOrEqual } from 'typeorm';
import { Database, lockRows } from '@contactly/platform';
import { User } from '../user/user.entity.js';
import { RESET_TOKEN_TTL_MS } from './password-reset-rules.js';
import { type TokenSpentReason, PasswordResetToken } from './password-reset-token.entity.js';

/** All queries of the password reset: its tokens, and the account an address resets. */
@Injectable()
export class PasswordResetTokenRepository {
  constructor(private readonly db: Database) {}

  private get tokens() {
    return this.db.repository(PasswordResetToken);
  }

  /**
   * The active account a reset for this address goes to: the one signing in with it (every
   * subscriber's username is their email), else the only active user with that email attribute.
   * Several users sharing an address get nothing: we cannot tell which of them asked.
   * On MariaDB the rows are locked for the transaction, so concurrent requests for one account
   * take turns and each sees the tokens the previous one issued (SQLite's transactions queue).
   */
  async accountFor(email: string): Promise<User | null> {
    const key = email.toLowerCase();
    const qb = this.db
      .repository(User)
      .createQueryBuilder('u')
      .where('(u.username_key = :key OR u.email = :key)', { key })
      .andWhere('u.active = :active', { active: true })
      .orderBy('u.id')
      .limit(10);
    const users = await lockRows(qb).getMany();
    return users.find((u) => u.usernameKey === key) ?? (users.length === 1 ? users[0] : null);
  }

  async countIssuedSince(userId: number, since: Date): Promise<number> {
    return this.tokens.countBy({ userId, createdAt: MoreThanOrEqual(since) });
  }

  async insert(token: Omit<PasswordResetToken, 'id' | 'user' | 'spentAt' | 'spentReason'>): Promise<void> {
    await this.tokens.insert({ ...token, spentAt: null, spentReason: null });
  }

  /** The token with this hash if it is neither spent nor expired. */
  async findUsable(tokenHash: string, now: Date): Promise<PasswordResetToken | null> {
    return this.tokens.findOneBy({ tokenHash, spentAt: IsNull(), expiresAt: MoreThan(now) });
  }

  /** Spends one token if nobody spent it first; the database decides a race between two uses. */
  async spend(id: number, at: Date, reason: TokenSpentReason): Promise<boolean> {
    const result = await this.tokens
      .createQueryBuilder()
      .update()
      .set({ spentAt: at, spentReason: reason })
      .where('id = :id AND spent_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Spends every token of the user still open (a newer one was issued, or one was used). */
  async spendAllOf(userId: number, at: Date, reason: TokenSpentReason): Promise<void> {
    await this.tokens
      .createQueryBuilder()
      .update()
      .set({ spentAt: at, spentReason: reason })
      .where('user_id = :userId AND spent_at IS NULL', { userId })
      .execute();
  }

  /**
   * Deletes the tokens that were spent or expired before `cutoff`; returns how many. A token is spent
   * no earlier than it was issued, so every such token expires before `cutoff` plus the token's
   * lifetime: that bound lets the expiry index find the candidates instead of a scan of the table.
   */
  async deleteDeadBefore(cutoff: Date): Promise<number> {
    const horizon = new Date(cutoff.getTime() + RESET_TOKEN_TTL_MS);
    const result = await this.tokens
      .createQueryBuilder()
      .delete()
      .where('expires_at < :horizon', { horizon })
      .andWhere('(expires_at < :cutoff OR spent_at < :cutoff)', { cutoff })
      .execute();
    return result.affected ?? 0;
  }
}
