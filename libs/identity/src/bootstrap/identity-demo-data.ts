import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, LeaseService, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { AffiliateService } from '../affiliate/affiliate.service.js';
import { PasswordHasher } from '../password/password-hasher.js';
import { UserService } from '../user/user.service.js';
import { UserRepository } from '../user/user.repository.js';

/** The password of every demo user (documented in the README; demo data is off in production). */
export const DEMO_PASSWORD = 'Contactly-demo-2026';

const DEMO_STAFF = [
  { username: 'anna.agent', displayName: 'Anna Agent', email: 'anna.agent@contactly.example', roles: ['agent'] },
  { username: 'sergei.support', displayName: 'Сергей Поддержкин', email: 'sergei.support@contactly.example', roles: ['support-engineer'] },
  { username: 'maria.marketing', displayName: 'María Márquez', email: 'maria.marketing@contactly.example', roles: ['marketer'] },
];

const DEMO_AFFILIATES = [
  { name: 'Northwind Mobile', code: 'northwind', contactEmail: 'partners@northwind-mobile.example' },
  { name: 'Балтик Телеком', code: 'baltic-telecom', contactEmail: 'api@baltic-telecom.example' },
  { name: 'Sunrise Connect', code: 'sunrise', contactEmail: 'integrations@sunrise-connect.example' },
];

/**
 * Demo data for a newcomer's first start (SEED_DEMO_DATA, on by default outside production): one
 * user of each staff role and a few affiliates with one API credential each (`<code>-api-1`, password
 * DEMO_PASSWORD). Seeded once: it stays away from a database that already has its users.
 */
@Injectable()
export class IdentityDemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityDemoData.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly userService: UserService,
    private readonly affiliateService: AffiliateService,
    private readonly hasher: PasswordHasher,
    private readonly lease: LeaseService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    await this.lease.runExclusive('identity-demo-data', 120_000, () => this.seed());
  }

  async seed(): Promise<void> {
    if (await this.users.usernameTaken(DEMO_STAFF[0].username)) return;
    for (const staff of DEMO_STAFF) await this.userService.create({ ...staff, password: DEMO_PASSWORD, kind: 'staff' }, SYSTEM_PRINCIPAL);
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    for (const input of DEMO_AFFILIATES) {
      const { body: affiliate } = await this.affiliateService.create({ ...input, status: 'active' }, SYSTEM_PRINCIPAL);
      const credential = await this.affiliateService.issueCredential(affiliate.id, SYSTEM_PRINCIPAL);
      // A known password, so the README can show a partner's first API call.
      const { user } = (await this.users.findById(credential.userId))!;
      await this.users.update(user, { passwordHash });
    }
    this.logger.log(
      `Seeded demo users (${DEMO_STAFF.map((s) => s.username).join(', ')}) and ${DEMO_AFFILIATES.length} affiliates with the demo password documented in the README ("Demo data")`,
    );
  }
}
