import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Created, Database, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { UserService } from '@contactly/identity';
import { BillingAccountService } from '../account/billing-account.service.js';
import { CustomerService } from '../customer/customer.service.js';
import { PartyService } from '../party/party.service.js';
import type { RegistrationCompletedDto } from './dto/registration-views.dto.js';
import { codeMatches } from './one-time-code.js';
import type { PendingRegistration } from './pending-registration.entity.js';
import { PendingRegistrationRepository } from './pending-registration.repository.js';
import { registrationErrors, whyClosed } from './registration-errors.js';
import { displayNameOf, partyInputOf } from './registration-form.js';
import { MAX_CODE_ATTEMPTS } from './registration-rules.js';
import { RegistrationService } from './registration.service.js';

type CodeCheck = { ok: true; registration: PendingRegistration } | { ok: false; attemptsLeft: number };

/**
 * No person acts yet when a registration completes (the login is one of the things it creates),
 * so every record it writes is created, evented and audited as the system's doing.
 */
const REGISTRATION_ACTOR = SYSTEM_PRINCIPAL;

/**
 * Self-registration, second half: the right code turns the registration into a customer (party,
 * contact media, customer status active), its login and its default billing account, all in one
 * transaction, through the services that own each of them.
 */
@Injectable()
export class RegistrationVerificationService {
  constructor(
    private readonly registrations: PendingRegistrationRepository,
    private readonly registrationStarts: RegistrationService,
    private readonly parties: PartyService,
    private readonly customers: CustomerService,
    private readonly users: UserService,
    private readonly billingAccounts: BillingAccountService,
    private readonly changes: ChangeRecorder,
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async verify(id: string, code: string, baseUrl: string): Promise<Created<RegistrationCompletedDto>> {
    const check = await this.checkCode(id, code);
    if (!check.ok) throw check.attemptsLeft > 0 ? registrationErrors.wrongCode(check.attemptsLeft) : registrationErrors.void();
    return this.complete(check.registration, baseUrl);
  }

  /**
   * Counts the try before comparing, in its own transaction that commits whatever the outcome:
   * parallel guesses each take one of the 5 tries, and a wrong code is counted even though the
   * request fails. The 5th wrong code voids the registration. The claim is the first statement, so
   * on MariaDB what is read after it is current, not a snapshot from before a concurrent change.
   */
  private async checkCode(id: string, code: string): Promise<CodeCheck> {
    return this.db.transaction(async (): Promise<CodeCheck> => {
      const now = this.clock.now();
      if (!(await this.registrations.claimAttempt(id, MAX_CODE_ATTEMPTS, now))) throw await this.whyNoTry(id, now);
      const registration = await this.registrations.findById(id);
      if (!registration) throw registrationErrors.notFound(id);
      if (registration.otpSalt && registration.otpHash && codeMatches(code, { salt: registration.otpSalt, hash: registration.otpHash }))
        return { ok: true, registration };
      if (registration.attempts >= MAX_CODE_ATTEMPTS) await this.registrations.markVoid(id, now);
      return { ok: false, attemptsLeft: Math.max(0, MAX_CODE_ATTEMPTS - registration.attempts) };
    });
  }

  /** Why a registration took no try: it is closed (gone, verified, void, expired), its code expired, or its tries are used up. */
  private async whyNoTry(id: string, now: Date): Promise<Error> {
    const registration = await this.registrations.findById(id);
    const closed = whyClosed(registration, id, now);
    if (closed) return closed;
    return registration!.otpExpiresAt.getTime() <= now.getTime() ? registrationErrors.codeExpired() : registrationErrors.void();
  }

  private async complete(registration: PendingRegistration, baseUrl: string): Promise<Created<RegistrationCompletedDto>> {
    return this.db.transaction(async () => {
      const now = this.clock.now();
      if (!(await this.registrations.markVerified(registration.id, now))) throw registrationErrors.alreadyVerified();
      // Checked again: another registration of the same email may have completed meanwhile.
      if (await this.registrationStarts.emailRegistered(registration.email)) throw registrationErrors.emailTaken();
      if (!registration.passwordHash) throw new Error(`Pending registration ${registration.id} has no password hash`);
      const name = displayNameOf(registration);
      // The email was checked above; a phone that another customer has too (a family's) is no reason to refuse
      // a subscriber, who has nobody to ask "create anyway?".
      const anyway = { allowDuplicate: true };
      const party = await this.parties.create(registration.partyType, partyInputOf(registration), REGISTRATION_ACTOR, baseUrl, anyway);
      const customer = await this.customers.create(
        { name, engagedParty: { id: party.body.id }, status: 'active' },
        REGISTRATION_ACTOR,
        baseUrl,
        anyway,
      );
      const customerId = Number(customer.body.id);
      const user = await this.users.createSubscriberLogin(
        { username: registration.email, displayName: name, email: registration.email, customerId, passwordHash: registration.passwordHash },
        REGISTRATION_ACTOR,
      );
      const account = await this.billingAccounts.openDefault(customerId, name, REGISTRATION_ACTOR, baseUrl);
      await this.registrations.recordCompletion(registration.id, { customerId, userId: user.body.id }, now);
      const completed: RegistrationCompletedDto = {
        customerId: customer.body.id,
        username: user.body.username,
        billingAccountId: String(account.id),
      };
      await this.changes.recordAction({
        eventType: 'RegistrationCompleteEvent',
        action: 'register',
        resourceType: 'registration',
        resourceId: registration.id,
        resource: {
          id: registration.id,
          ...completed,
          userId: user.body.id,
          segment: registration.partyType === 'individual' ? 'B2C' : 'B2B',
          otpChannel: registration.otpChannel,
          completedAt: now.toISOString(),
        },
        actor: REGISTRATION_ACTOR,
        after: { status: 'verified', ...completed },
      });
      return new Created(completed, customer.body.href);
    });
  }
}
