import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { Department } from './department.entity.js';

@Injectable()
export class DepartmentRepository extends NamedRowRepository<Department> {
  constructor(db: Database) {
    super(db, Department, 'd');
  }
}
