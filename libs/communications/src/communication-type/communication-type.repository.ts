import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { CommunicationType } from './communication-type.entity.js';

@Injectable()
export class CommunicationTypeRepository extends NamedRowRepository<CommunicationType> {
  constructor(db: Database) {
    super(db, CommunicationType, 't');
  }
}
