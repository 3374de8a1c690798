import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, type ListQuery, type Page, type Principal, type Versioned } from '@contactly/platform';
import { docTime } from '../shared/doc-time.js';
import { NamedRowService, type Usage } from '../shared/named-row.service.js';
import { UsageRepository } from '../shared/usage.repository.js';
import { COMMUNICATION_TYPE_DOCUMENT_KEYS, COMMUNICATION_TYPE_LIST } from './communication-type.list.js';
import type { CommunicationType } from './communication-type.entity.js';
import { CommunicationTypeRepository } from './communication-type.repository.js';
import type { CommunicationTypeView, CreateCommunicationTypeDto, UpdateCommunicationTypeDto } from './dto/communication-type.dto.js';

/** Communication types: editable, unique by name (ignoring case), not deletable while used. */
@Injectable()
export class CommunicationTypeService extends NamedRowService<CommunicationType, CommunicationTypeView> {
  protected readonly names = { label: 'Communication type', code: 'COMMUNICATION_TYPE', resource: 'CommunicationType', resourceType: 'communicationType' };

  constructor(
    private readonly types: CommunicationTypeRepository,
    private readonly usages: UsageRepository,
    db: Database,
    changes: ChangeRecorder,
    clock: Clock,
  ) {
    super(types, db, changes, clock);
  }

  async list(query: ListQuery): Promise<Page<CommunicationTypeView>> {
    return this.listRows(await this.types.list(query, COMMUNICATION_TYPE_LIST), COMMUNICATION_TYPE_DOCUMENT_KEYS);
  }

  create(input: CreateCommunicationTypeDto, actor: Principal): Promise<Versioned<CommunicationTypeView>> {
    return this.insertRow({ name: input.name, description: input.description ?? '' }, actor);
  }

  update(idOrName: string, input: UpdateCommunicationTypeDto, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<CommunicationTypeView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({ name: input.name, description: input.description }));
  }

  protected async views(rows: CommunicationType[]): Promise<CommunicationTypeView[]> {
    return rows.map((t) => ({ communicationTypeId: t.id, name: t.name, description: t.description, version: t.version, createTime: docTime(t.createdAt), updateTime: docTime(t.updatedAt) }));
  }

  protected override usage(row: CommunicationType): Promise<Usage> {
    return this.usages.ofCommunicationType(row.id);
  }
}
