import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { Company } from './company.entity.js';

@Injectable()
export class CompanyRepository extends NamedRowRepository<Company> {
  constructor(db: Database) {
    super(db, Company, 'co');
  }
}
