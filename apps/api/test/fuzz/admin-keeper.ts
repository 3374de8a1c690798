import { CredentialCache } from '@contactly/platform';
import type { TestApp } from '@contactly/platform/testing';
import { passwordHashOf, putPasswordHashBack } from '@contactly/identity/testing';

/**
 * Keeps the fuzz's principal usable. Fuzzed requests may legitimately set the admin's password
 * (`PUT /users/{id}/password` with a valid body and the admin's id); every later admin request
 * would then send a wrong password, which the login throttle counts and soon refuses for 15
 * minutes. So operations that take a password run one request at a time, and after each the
 * keeper puts the admin's original password hash back if it changed; no wrong password is ever
 * sent. This touches only the fuzz's own test fixture, not the behaviour under test.
 */
export class AdminKeeper {
  /** Requests after which the admin's password had to be put back (reported, not failures). */
  readonly restoredAfter: string[] = [];

  private constructor(
    private readonly t: TestApp,
    private readonly id: number,
    private readonly passwordHash: string,
  ) {}

  static async start(t: TestApp, username = 'Admin'): Promise<AdminKeeper> {
    const admin = await passwordHashOf(t, { username });
    if (!admin) throw new Error(`no user ${username}`);
    return new AdminKeeper(t, admin.id, admin.passwordHash);
  }

  /** Puts the admin's password back if the last request changed it; says whether it did. */
  async restoreIfChanged(cause: string): Promise<boolean> {
    const now = await passwordHashOf(this.t, { id: this.id });
    if (now?.passwordHash === this.passwordHash) return false;
    if (!now) throw new Error(`the fuzz deleted its own admin user (after ${cause})`);
    await putPasswordHashBack(this.t, this.id, this.passwordHash);
    await this.t.get(CredentialCache).revokeUser(this.id);
    this.restoredAfter.push(cause);
    return true;
  }
}
