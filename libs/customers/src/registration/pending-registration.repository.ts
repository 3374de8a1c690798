import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { Database } from '@contactly/platform';
import type { StoredCode } from './one-time-code.js';
import { PendingRegistration } from './pending-registration.entity.js';

/**
 * All queries on registrations. Every state change is one conditional UPDATE, so the database
 * decides races (two verifications, parallel guesses, two resends) without locks held in memory.
 */
@Injectable()
export class PendingRegistrationRepository {
  constructor(private readonly db: Database) {}

  private get registrations() {
    return this.db.repository(PendingRegistration);
  }

  async insert(registration: Omit<PendingRegistration, 'customer' | 'user'>): Promise<void> {
    await this.registrations.insert(registration);
  }

  async findById(id: string): Promise<PendingRegistration | null> {
    return this.registrations.findOneBy({ id });
  }

  /** When the registrations to this address or number started after `since` were started, oldest first. */
  async startedSince(destination: { email: string } | { phone: string }, since: Date, limit: number): Promise<Date[]> {
    const rows = await this.registrations.find({
      select: { id: true, createdAt: true },
      where: { ...destination, createdAt: MoreThan(since) },
      order: { createdAt: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.createdAt);
  }

  /**
   * Counts one try if the registration takes one: pending, tries left, and neither it nor its
   * code expired. False otherwise (an expired code's tries are not counted).
   */
  async claimAttempt(id: string, maxAttempts: number, at: Date): Promise<boolean> {
    const result = await this.registrations
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1', updatedAt: at })
      .where("id = :id AND status = 'pending' AND attempts < :maxAttempts AND otp_expires_at > :at AND expires_at > :at", {
        id,
        maxAttempts,
        at,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Void: no code is accepted any more, and the secrets are gone. */
  async markVoid(id: string, at: Date): Promise<void> {
    await this.registrations
      .createQueryBuilder()
      .update()
      .set({ status: 'void', passwordHash: null, otpSalt: null, otpHash: null, updatedAt: at })
      .where("id = :id AND status = 'pending'", { id })
      .execute();
  }

  /** Claims the verification; false if another request verified it first. */
  async markVerified(id: string, at: Date): Promise<boolean> {
    const result = await this.registrations
      .createQueryBuilder()
      .update()
      .set({ status: 'verified', verifiedAt: at, updatedAt: at })
      .where("id = :id AND status = 'pending'", { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Links what the registration created and forgets its secrets, which are no longer needed. */
  async recordCompletion(id: string, created: { customerId: number; userId: number }, at: Date): Promise<void> {
    await this.registrations.update({ id }, { ...created, passwordHash: null, otpSalt: null, otpHash: null, updatedAt: at });
  }

  /** Replaces the code if nobody resent in the meantime (`resends` is still what was read). */
  async replaceCode(id: string, resendsSeen: number, code: StoredCode, expiresAt: Date, at: Date): Promise<boolean> {
    const result = await this.registrations
      .createQueryBuilder()
      .update()
      .set({ otpSalt: code.salt, otpHash: code.hash, otpExpiresAt: expiresAt, resends: resendsSeen + 1, lastSentAt: at, updatedAt: at })
      .where("id = :id AND status = 'pending' AND resends = :resendsSeen", { id, resendsSeen })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Deletes registrations whose life ended unverified (their password hashes with them). */
  async deleteEnded(now: Date): Promise<number> {
    const result = await this.registrations
      .createQueryBuilder()
      .delete()
      .where("status <> 'verified' AND expires_at < :now", { now })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Deletes verified registrations whose life ended before `cutoff`: the customer and the login they
   * created hold everything that matters, so they only keep a copy of the contact details.
   */
  async deleteVerifiedEndedBefore(cutoff: Date): Promise<number> {
    const result = await this.registrations
      .createQueryBuilder()
      .delete()
      .where("status = 'verified' AND expires_at < :cutoff", { cutoff })
      .execute();
    return result.affected ?? 0;
  }
}
