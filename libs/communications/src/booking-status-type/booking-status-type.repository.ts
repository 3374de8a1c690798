import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { BookingStatusType } from './booking-status-type.entity.js';

@Injectable()
export class BookingStatusTypeRepository extends NamedRowRepository<BookingStatusType> {
  constructor(db: Database) {
    super(db, BookingStatusType, 's');
  }
}
