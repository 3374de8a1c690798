import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  Clock,
  conflict,
  CredentialCache,
  Database,
  ChangeRecorder,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  Versioned,
  ReferenceHolders,
  lockRowsById,
} from '@contactly/platform';
import { generateSecret } from '../password/generate-secret.js';
import { PasswordHasher } from '../password/password-hasher.js';
import { RoleRepository } from '../role/role.repository.js';
import { UserRepository } from '../user/user.repository.js';
import { toAffiliateDto, toCredentialDto } from './affiliate.mapper.js';
import { Affiliate } from './affiliate.entity.js';
import { AffiliateRepository } from './affiliate.repository.js';
import type { AffiliateDto, CreateAffiliateDto, CredentialDto, IssuedCredentialDto, UpdateAffiliateDto } from './dto/affiliate.dto.js';
import { IDENTITY_ERRORS } from '../identity-errors.js';

const AFFILIATE_ROLE = 'affiliate';

/** Partners and the API credentials they integrate with. */
@Injectable()
export class AffiliateService {
  constructor(
    private readonly affiliates: AffiliateRepository,
    private readonly users: UserRepository,
    private readonly roles: RoleRepository,
    private readonly hasher: PasswordHasher,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly credentials: CredentialCache,
    private readonly clock: Clock,
    private readonly references: ReferenceHolders,
  ) {}

  async list(query: ListQuery): Promise<Page<AffiliateDto>> {
    const page = await this.affiliates.list(query);
    const counts = await this.affiliates.credentialCounts(page.items.map((a) => a.id));
    return new Page(
      page.items.map((a) => toAffiliateDto(a, counts.get(a.id) ?? 0)),
      page.total,
      page.fields,
    );
  }

  async get(id: number): Promise<Versioned<AffiliateDto>> {
    const affiliate = await this.load(id);
    return new Versioned(await this.dto(affiliate), affiliate.version);
  }

  async create(input: CreateAffiliateDto, actor: Principal): Promise<Versioned<AffiliateDto>> {
    return this.db.transaction(async () => {
      const clash = await this.affiliates.nameOrCodeTaken(input.name, input.code);
      if (clash)
        throw conflict(
          clash === 'name' ? 'AFFILIATE_NAME_TAKEN' : 'AFFILIATE_CODE_TAKEN',
          `An affiliate with this ${clash} already exists`,
        );
      const now = this.clock.now();
      const affiliate = await this.affiliates.insert({
        name: input.name,
        nameKey: input.name.toLowerCase(),
        code: input.code,
        contactEmail: input.contactEmail ?? null,
        status: input.status ?? 'active',
        createdAt: now,
        updatedAt: now,
      });
      const dto = toAffiliateDto(affiliate, 0);
      await this.changes.record({
        resource: 'Affiliate',
        resourceType: 'affiliate',
        resourceId: affiliate.id,
        actor,
        before: null,
        after: dto,
      });
      return new Versioned(dto, affiliate.version);
    });
  }

  async update(
    id: number,
    input: UpdateAffiliateDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<AffiliateDto>> {
    const result = await retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const affiliate = await this.load(id);
          assertVersion(expectedVersion, affiliate.version, `Affiliate ${affiliate.name}`);
          if (input.name && (await this.affiliates.nameOrCodeTaken(input.name, affiliate.code, id)) === 'name') {
            throw conflict(IDENTITY_ERRORS.AFFILIATE_NAME_TAKEN, 'An affiliate with this name already exists');
          }
          const before = await this.dto(affiliate);
          await this.affiliates.update(affiliate, {
            name: input.name ?? affiliate.name,
            nameKey: (input.name ?? affiliate.name).toLowerCase(),
            contactEmail: input.contactEmail === undefined ? affiliate.contactEmail : input.contactEmail,
            status: input.status ?? affiliate.status,
            updatedAt: this.clock.now(),
          });
          const updated = await this.load(id);
          const after = await this.dto(updated);
          await this.changes.record({ resource: 'Affiliate', resourceType: 'affiliate', resourceId: id, actor, before, after });
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      'The affiliate',
    );
    // A suspended affiliate's credentials must stop working at once.
    for (const userId of await this.users.idsOfAffiliate(id)) await this.credentials.revokeUser(userId);
    return result;
  }

  /** Deletes the affiliate and revokes its API credentials. */
  async delete(id: number, actor: Principal): Promise<void> {
    const revoked = await this.db.transaction(async () => {
      // First, before any read: a writer adding a reference to this row (lockForReference) finishes
      // first, or waits and then finds it gone; the holders' checks below then see what it wrote.
      await lockRowsById(this.db, Affiliate, [id]);
      const affiliate = await this.load(id);
      const before = await this.dto(affiliate);
      // Libs above identity refer to affiliates by id (the parties they own): they refuse (409) or let go here.
      await this.references.beforeDelete(
        'affiliate',
        id,
        { code: IDENTITY_ERRORS.AFFILIATE_IN_USE, label: `Affiliate ${affiliate.name}` },
        actor,
      );
      const userIds = await this.users.idsOfAffiliate(id);
      for (const userId of userIds) await this.users.delete(userId);
      await this.affiliates.delete(id);
      await this.changes.record({ resource: 'Affiliate', resourceType: 'affiliate', resourceId: id, actor, before, after: null });
      return userIds;
    });
    for (const userId of revoked) await this.credentials.revokeUser(userId);
  }

  async listCredentials(id: number): Promise<CredentialDto[]> {
    await this.load(id);
    return (await this.affiliates.credentialsOf(id)).map(toCredentialDto);
  }

  /** A new API user for the affiliate; its generated password is returned this once only. */
  async issueCredential(id: number, actor: Principal): Promise<IssuedCredentialDto> {
    const password = generateSecret();
    const passwordHash = await this.hasher.hash(password);
    return this.db.transaction(async () => {
      const affiliate = await this.load(id);
      const role = await this.roles.findByName(AFFILIATE_ROLE);
      if (!role) throw notFound(IDENTITY_ERRORS.ROLE_NOT_FOUND, 'The affiliate role is missing');
      let n = (await this.affiliates.credentialsOf(id)).length + 1;
      while (await this.users.usernameTaken(`${affiliate.code}-api-${n}`)) n += 1;
      const username = `${affiliate.code}-api-${n}`;
      const now = this.clock.now();
      const user = await this.users.insert({
        username,
        usernameKey: username,
        displayName: `${affiliate.name} API ${n}`,
        email: null,
        kind: 'affiliate',
        affiliateId: id,
        customerId: null,
        passwordHash,
        active: true,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      });
      await this.users.addRoles(user.id, [role.id]);
      const dto = toCredentialDto(user);
      await this.changes.recordAction({
        eventType: 'AffiliateCredentialCreateEvent',
        action: 'issue-credential',
        resourceType: 'affiliate',
        resourceId: id,
        resource: { ...dto, affiliateId: id },
        actor,
        after: { credential: username },
      });
      return { ...dto, password };
    });
  }

  async revokeCredential(id: number, userId: number, actor: Principal): Promise<void> {
    await this.db.transaction(async () => {
      await this.load(id);
      const credential = (await this.affiliates.credentialsOf(id)).find((u) => u.id === userId);
      if (!credential) throw notFound(IDENTITY_ERRORS.CREDENTIAL_NOT_FOUND, `Affiliate ${id} has no credential ${userId}`);
      await this.users.delete(userId);
      await this.changes.recordAction({
        eventType: 'AffiliateCredentialDeleteEvent',
        action: 'revoke-credential',
        resourceType: 'affiliate',
        resourceId: id,
        resource: { ...toCredentialDto(credential), affiliateId: id },
        actor,
        before: { credential: credential.username },
      });
    });
    await this.credentials.revokeUser(userId);
  }

  private async load(id: number): Promise<Affiliate> {
    const affiliate = await this.affiliates.findById(id);
    if (!affiliate) throw notFound(IDENTITY_ERRORS.AFFILIATE_NOT_FOUND, `Affiliate ${id} does not exist`);
    return affiliate;
  }

  private async dto(affiliate: Affiliate): Promise<AffiliateDto> {
    return toAffiliateDto(affiliate, (await this.affiliates.credentialCounts([affiliate.id])).get(affiliate.id) ?? 0);
  }
}
