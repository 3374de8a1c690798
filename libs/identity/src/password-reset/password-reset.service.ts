import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  AppConfig,
  AuditRecorder,
  Clock,
  CredentialCache,
  Database,
  invalid,
  type MessageLanguage,
  Notifier,
  type Principal,
  SYSTEM_PRINCIPAL,
} from '@contactly/platform';
import { UserRepository } from '../user/user.repository.js';
import { UserService } from '../user/user.service.js';
import { passwordResetMessage } from './password-reset-message.js';
import { MAX_RESETS_PER_HOUR, RESET_TOKEN_TTL_MS } from './password-reset-rules.js';
import { PasswordResetTokenRepository } from './password-reset-token.repository.js';
import { hashResetToken, newResetToken } from './reset-token.js';
import { IDENTITY_ERRORS } from '../identity-errors.js';

const HOUR_MS = 60 * 60 * 1000;

/** Unknown, reused and expired tokens get the same answer: it tells an attacker nothing. */
const invalidToken = () =>
  invalid(IDENTITY_ERRORS.INVALID_RESET_TOKEN, 'This reset token is unknown, already used or expired; ask for a new one', [
    { field: 'token', message: 'is unknown, already used or expired' },
  ]);

/**
 * Self-service password reset: a single-use link by email, valid 30 minutes. Asking for one answers
 * the same, in the same time, whether the address belongs to an account or not.
 */
@Injectable()
export class PasswordResetService implements OnApplicationShutdown {
  private readonly logger = new Logger(PasswordResetService.name);
  /** Issues still running after their response; awaited at shutdown so none is cut off halfway. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly tokens: PasswordResetTokenRepository,
    private readonly users: UserRepository,
    private readonly userService: UserService,
    private readonly notifier: Notifier,
    private readonly audit: AuditRecorder,
    private readonly credentials: CredentialCache,
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Returns at once and issues the token after the response, for every address alike: the account
   * lookup, the write and the send happen in the background, so neither the answer nor its timing
   * tells whether an account exists. The token is generated here for every request all the same.
   * The email is written in `language`, the requester's (the link's host comes from configuration,
   * never from the request: see AppConfig.messageLinkBase).
   */
  request(email: string, language: MessageLanguage = 'en'): void {
    const token = newResetToken();
    const work = this.issue(email, token, language).catch((error: unknown) =>
      this.logger.error(`A password reset could not be issued: ${error instanceof Error ? error.message : String(error)}`),
    );
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Sets the new password with a valid token, spends it and every other open token of the user. */
  async confirm(token: string, newPassword: string): Promise<void> {
    const tokenHash = hashResetToken(token);
    const userId = await this.db.transaction(async () => {
      const now = this.clock.now();
      const found = await this.tokens.findUsable(tokenHash, now);
      // Spent first and conditionally: of two confirmations racing with one token, one wins.
      if (!found || !(await this.tokens.spend(found.id, now, 'used'))) throw invalidToken();
      const account = await this.users.findById(found.userId);
      if (!account) throw invalidToken();
      // The policy check inside setPassword throws on a weak password: the transaction rolls
      // back and the token stays usable for a better one.
      await this.userService.setPassword(
        found.userId,
        newPassword,
        this.actorOf(account.user.id, account.user.username, account.user.kind),
        'password-reset',
      );
      await this.tokens.spendAllOf(found.userId, now, 'superseded');
      return found.userId;
    });
    // setPassword dropped them before our commit; a request in between may have cached the old
    // password again, so drop once more now that the new one is the only one.
    await this.credentials.revokeUser(userId);
  }

  /** Resolves once every reset issued so far is written and sent (shutdown; tests). */
  async whenIdle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.whenIdle();
  }

  private async issue(email: string, token: string, language: MessageLanguage): Promise<void> {
    await this.db.transaction(async () => {
      const account = await this.tokens.accountFor(email);
      if (!account) return;
      const now = this.clock.now();
      if ((await this.tokens.countIssuedSince(account.id, new Date(now.getTime() - HOUR_MS))) >= MAX_RESETS_PER_HOUR) {
        this.logger.warn(`Password reset for user ${account.id} not sent: ${MAX_RESETS_PER_HOUR} already this hour`);
        return;
      }
      await this.tokens.spendAllOf(account.id, now, 'superseded');
      await this.tokens.insert({
        userId: account.id,
        tokenHash: hashResetToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
      });
      await this.audit.record({
        actor: SYSTEM_PRINCIPAL,
        action: 'password-reset-requested',
        resourceType: 'user',
        resourceId: account.id,
        after: { expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS).toISOString() },
      });
      await this.notifier.send(passwordResetMessage(email, token, this.config.messageLinkBase, language));
    });
  }

  /** Whoever holds the token acts as the user: the audit shows the user changed their password. */
  private actorOf(userId: number, username: string, kind: Principal['kind']): Principal {
    return { userId, username, kind, roles: [], permissions: new Set() };
  }
}
