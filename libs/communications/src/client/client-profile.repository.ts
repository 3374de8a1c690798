import { Injectable } from '@nestjs/common';
import { chunked, Database, distinct, isUniqueViolation, VersionConflict } from '@contactly/platform';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { ClientAttributes } from './client-attributes.js';
import { ClientProfile } from './client-profile.entity.js';

/** Ids per `IN (…)`: large enough for few round trips, small for both dialects. */
const BULK_CHUNK = 5_000;

/** The alias of `client_profile` in client list queries (CLIENT_LIST's `available` names it). */
export const PROFILE_ALIAS = 'cp';

/** The communications platform's attributes of its clients, by client (party) id. */
@Injectable()
export class ClientProfileRepository {
  constructor(private readonly db: Database) {}

  /** Left-joins the profiles (as `cp`) to a query of clients by their id: one primary-key probe a row, no row for a client without one. */
  joinTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, clientIdColumn: string): SelectQueryBuilder<T> {
    return qb.leftJoin(ClientProfile, PROFILE_ALIAS, `${PROFILE_ALIAS}.client_id = ${clientIdColumn}`);
  }

  find(clientId: number): Promise<ClientProfile | null> {
    return this.db.repository(ClientProfile).findOneBy({ clientId });
  }

  /** The profiles of the clients among the ids that have one, by id. */
  async findMany(ids: number[]): Promise<Map<number, ClientProfile>> {
    const found = new Map<number, ClientProfile>();
    for (const chunk of chunked(distinct(ids), BULK_CHUNK))
      for (const profile of await this.db.repository(ClientProfile).findBy({ clientId: In(chunk) })) found.set(profile.clientId, profile);
    return found;
  }

  /** How many of the ids are marked unavailable (the others are available, with a profile or without). */
  async countUnavailable(ids: number[]): Promise<number> {
    let unavailable = 0;
    for (const chunk of chunked(distinct(ids), BULK_CHUNK))
      unavailable += await this.db.repository(ClientProfile).countBy({ clientId: In(chunk), available: false });
    return unavailable;
  }

  /**
   * Writes a client's attributes if its profile is still as read (`current`, null when it had none):
   * an update of that version, or the first insert. Someone else's write in between is a
   * VersionConflict (the caller retries or answers 412), so no change is lost.
   */
  async write(clientId: number, current: ClientProfile | null, attributes: ClientAttributes, now: Date): Promise<ClientProfile> {
    const repository = this.db.repository(ClientProfile);
    if (current) {
      const result = await this.db.manager
        .createQueryBuilder()
        .update(ClientProfile)
        .set({ ...attributes, updatedAt: now })
        .where('client_id = :clientId AND version = :version', { clientId, version: current.version })
        .execute();
      if (!result.affected) throw new VersionConflict();
    } else {
      try {
        await repository.insert({ clientId, ...attributes, updatedAt: now });
      } catch (error) {
        if (isUniqueViolation(error)) throw new VersionConflict();
        throw error;
      }
    }
    return repository.findOneByOrFail({ clientId });
  }

  /** Forgets a deleted party's attributes. */
  async deleteOf(clientId: number): Promise<void> {
    await this.db.repository(ClientProfile).delete({ clientId });
  }
}
