import { Injectable } from '@nestjs/common';
import { Database, lockForReference } from '@contactly/platform';
import { Affiliate } from '../affiliate/affiliate.entity.js';
import { AffiliateRepository } from '../affiliate/affiliate.repository.js';

/** Identity's read port for other libs: which affiliates exist and their names (cached). */
@Injectable()
export class AffiliateDirectory {
  constructor(
    private readonly db: Database,
    private readonly affiliates: AffiliateRepository,
  ) {}

  async exists(id: number): Promise<boolean> {
    return (await this.affiliates.findById(id)) !== null;
  }

  /**
   * In a transaction about to store these affiliate ids (a party's owner): holds the affiliates
   * against deletion until it ends and returns those that exist.
   */
  lockForReference(ids: number[]): Promise<Set<number>> {
    return lockForReference(this.db, Affiliate, ids);
  }

  allIds(): Promise<number[]> {
    return this.affiliates.allIds();
  }

  namesOf(ids: number[]): Promise<Map<number, string>> {
    return this.affiliates.namesOf(ids);
  }
}
