import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { Mailing } from './mailing.entity.js';

@Injectable()
export class MailingRepository extends NamedRowRepository<Mailing> {
  constructor(db: Database) {
    super(db, Mailing, 'ml');
  }
}
