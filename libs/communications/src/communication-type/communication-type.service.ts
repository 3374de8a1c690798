import { Injectable } from '@nestjs/common';
import type { Principal, Versioned } from '@contactly/platform';
import { CatalogDependencies, CatalogService, revisionOf } from '../shared/catalog.service.js';
import type { Usage } from '../shared/named-row.service.js';
import { COMMUNICATION_TYPE_DOCUMENT_KEYS, COMMUNICATION_TYPE_LIST } from './communication-type.list.js';
import type { CommunicationType } from './communication-type.entity.js';
import { DEFAULT_COMMUNICATION_PURPOSE } from './communication-purpose.js';
import { CommunicationTypeRepository } from './communication-type.repository.js';
import type { CommunicationTypeView, CreateCommunicationTypeDto, UpdateCommunicationTypeDto } from './dto/communication-type.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Communication types: editable, unique by name (ignoring case), not deletable while used. */
@Injectable()
export class CommunicationTypeService extends CatalogService<CommunicationType, CommunicationTypeView> {
  protected readonly names = {
    label: 'Communication type',
    resource: 'CommunicationType',
    resourceType: 'communicationType',
    codes: {
      notFound: COMMUNICATIONS_ERRORS.COMMUNICATION_TYPE_NOT_FOUND,
      nameAmbiguous: COMMUNICATIONS_ERRORS.COMMUNICATION_TYPE_NAME_AMBIGUOUS,
      nameTaken: COMMUNICATIONS_ERRORS.COMMUNICATION_TYPE_NAME_TAKEN,
      inUse: COMMUNICATIONS_ERRORS.COMMUNICATION_TYPE_IN_USE,
    },
  };
  protected readonly listing = { spec: COMMUNICATION_TYPE_LIST, documentKeys: COMMUNICATION_TYPE_DOCUMENT_KEYS };

  constructor(types: CommunicationTypeRepository, dependencies: CatalogDependencies) {
    super(types, dependencies);
  }

  create(input: CreateCommunicationTypeDto, actor: Principal): Promise<Versioned<CommunicationTypeView>> {
    return this.insertRow(
      { name: input.name, description: input.description ?? '', purpose: input.purpose ?? DEFAULT_COMMUNICATION_PURPOSE },
      actor,
    );
  }

  update(
    idOrName: string,
    input: UpdateCommunicationTypeDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<CommunicationTypeView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({
      name: input.name,
      description: input.description,
      purpose: input.purpose,
    }));
  }

  protected async views(rows: CommunicationType[]): Promise<CommunicationTypeView[]> {
    return rows.map((t) => ({ communicationTypeId: t.id, name: t.name, description: t.description, purpose: t.purpose, ...revisionOf(t) }));
  }

  protected override usage(row: CommunicationType): Promise<Usage> {
    return this.usages.ofCommunicationType(row.id);
  }
}
