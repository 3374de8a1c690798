import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, Database, type MessageLanguage, Notifier, rateLimited } from '@contactly/platform';
import { assertAcceptablePassword, PasswordHasher, UserDirectory } from '@contactly/identity';
import { PartyRepository } from '../party/party.repository.js';
import { PhoneNumbers } from '../phone/phone-numbers.js';
import type { RegisterDto } from './dto/register.dto.js';
import type { RegistrationStartedDto } from './dto/registration-views.dto.js';
import { oneTimeCodeMessage } from './one-time-code-message.js';
import { newOneTimeCode, storedCodeOf } from './one-time-code.js';
import type { PendingRegistration } from './pending-registration.entity.js';
import { PendingRegistrationRepository } from './pending-registration.repository.js';
import { registrationErrors, whyClosed } from './registration-errors.js';
import { registrationFormOf } from './registration-form.js';
import {
  CODE_TTL_MS,
  DESTINATION_WINDOW_MS,
  MAX_REGISTRATIONS_PER_DESTINATION_PER_HOUR,
  MAX_RESENDS,
  REGISTRATION_TTL_MS,
  RESEND_INTERVAL_MS,
} from './registration-rules.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

const seconds = (ms: number) => Math.ceil(ms / 1000);

/**
 * Self-registration, first half: a subscriber states who they are and chooses a password; we keep
 * a pending registration and send a one-time code. RegistrationVerificationService does the rest.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly registrations: PendingRegistrationRepository,
    private readonly users: UserDirectory,
    private readonly parties: PartyRepository,
    private readonly hasher: PasswordHasher,
    private readonly notifier: Notifier,
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly phones: PhoneNumbers,
    private readonly config: AppConfig,
  ) {}

  /** `language`: the requester's, for the message with the code. */
  async register(input: RegisterDto, language: MessageLanguage = 'en'): Promise<RegistrationStartedDto> {
    const form = registrationFormOf(input);
    const phone = this.phones.require(input.phone, 'phone');
    assertAcceptablePassword(input.password, input.email);
    if (await this.emailRegistered(input.email)) throw registrationErrors.emailTaken();
    const channel = input.otpChannel ?? 'email';
    // Hashed at once: the clear password is never stored, not even while the code is pending.
    const passwordHash = await this.hasher.hash(input.password);
    const code = newOneTimeCode();
    return this.db.transaction(async () => {
      const now = this.clock.now();
      await this.assertNotFlooded({ email: input.email }, now);
      await this.assertNotFlooded({ phone }, now);
      const registration: Omit<PendingRegistration, 'customer' | 'user'> = {
        id: randomUUID(),
        ...form,
        email: input.email,
        phone,
        passwordHash,
        otpChannel: channel,
        ...this.codeColumns(code),
        otpExpiresAt: new Date(now.getTime() + CODE_TTL_MS),
        attempts: 0,
        resends: 0,
        lastSentAt: now,
        status: 'pending',
        expiresAt: new Date(now.getTime() + REGISTRATION_TTL_MS),
        customerId: null,
        userId: null,
        createdAt: now,
        updatedAt: now,
        verifiedAt: null,
      };
      await this.registrations.insert(registration);
      // Sent in the transaction: the message and the registration exist together or not at all.
      await this.notifier.send(oneTimeCodeMessage(channel, this.destinationOf(registration), code, this.linkTo(registration.id, language)));
      return this.started(registration, registration.otpExpiresAt);
    });
  }

  /** A new code (the old one stops working), at most once a minute and 5 times per registration. */
  async resend(id: string, language: MessageLanguage = 'en'): Promise<RegistrationStartedDto> {
    const code = newOneTimeCode();
    return this.db.transaction(async () => {
      const now = this.clock.now();
      const registration = await this.openRegistration(id, now);
      if (registration.resends >= MAX_RESENDS) {
        throw rateLimited(
          CUSTOMERS_ERRORS.RESEND_LIMIT_REACHED,
          `No more than ${MAX_RESENDS} new codes per registration; register again later`,
          seconds(registration.expiresAt.getTime() - now.getTime()),
        );
      }
      const nextAllowed = registration.lastSentAt.getTime() + RESEND_INTERVAL_MS;
      if (nextAllowed > now.getTime())
        throw rateLimited(
          CUSTOMERS_ERRORS.RESEND_TOO_SOON,
          'A code was sent less than a minute ago; wait before asking for another',
          seconds(nextAllowed - now.getTime()),
        );
      const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
      if (!(await this.registrations.replaceCode(id, registration.resends, storedCodeOf(code), expiresAt, now))) {
        throw rateLimited(
          CUSTOMERS_ERRORS.RESEND_TOO_SOON,
          'A code was just sent; wait before asking for another',
          seconds(RESEND_INTERVAL_MS),
        );
      }
      await this.notifier.send(
        oneTimeCodeMessage(registration.otpChannel, this.destinationOf(registration), code, this.linkTo(id, language)),
      );
      return this.started(registration, expiresAt);
    });
  }

  /** The email is a login already, or the address of a customer. */
  async emailRegistered(email: string): Promise<boolean> {
    return (await this.users.usernameTaken(email)) || (await this.parties.customerEmailTaken(email));
  }

  /** The registration if it can still take a code; else the error that says why not. */
  private async openRegistration(id: string, now: Date): Promise<PendingRegistration> {
    const registration = await this.registrations.findById(id);
    const closed = whyClosed(registration, id, now);
    if (closed) throw closed;
    return registration!;
  }

  private async assertNotFlooded(destination: { email: string } | { phone: string }, now: Date): Promise<void> {
    const recent = await this.registrations.startedSince(
      destination,
      new Date(now.getTime() - DESTINATION_WINDOW_MS),
      MAX_REGISTRATIONS_PER_DESTINATION_PER_HOUR,
    );
    if (recent.length >= MAX_REGISTRATIONS_PER_DESTINATION_PER_HOUR) {
      const what = 'email' in destination ? 'email address' : 'phone number';
      throw rateLimited(
        CUSTOMERS_ERRORS.TOO_MANY_REGISTRATIONS,
        `Too many registrations for this ${what} in the last hour; try again later`,
        seconds(recent[0].getTime() + DESTINATION_WINDOW_MS - now.getTime()),
      );
    }
  }

  private codeColumns(code: string) {
    const stored = storedCodeOf(code);
    return { otpSalt: stored.salt, otpHash: stored.hash };
  }

  private linkTo(id: string, language: MessageLanguage) {
    return { id, linkBase: this.config.messageLinkBase, language };
  }

  private destinationOf(registration: Pick<PendingRegistration, 'otpChannel' | 'email' | 'phone'>): string {
    return registration.otpChannel === 'sms' ? registration.phone : registration.email;
  }

  private started(registration: Pick<PendingRegistration, 'id' | 'otpChannel'>, expiresAt: Date): RegistrationStartedDto {
    return { registrationId: registration.id, expiresAt: expiresAt.toISOString(), channel: registration.otpChannel };
  }
}
