import { Injectable } from '@nestjs/common';
import { AffiliateRepository } from '../affiliate/affiliate.repository.js';

/** Identity's read port for other libs: which affiliates exist and their names (cached). */
@Injectable()
export class AffiliateDirectory {
  constructor(private readonly affiliates: AffiliateRepository) {}

  async exists(id: number): Promise<boolean> {
    return (await this.affiliates.findById(id)) !== null;
  }

  allIds(): Promise<number[]> {
    return this.affiliates.allIds();
  }

  namesOf(ids: number[]): Promise<Map<number, string>> {
    return this.affiliates.namesOf(ids);
  }
}
