import { Injectable } from '@nestjs/common';
import type { Principal, Versioned } from '@contactly/platform';
import { CatalogDependencies, CatalogService, revisionOf } from '../shared/catalog.service.js';
import type { Usage } from '../shared/named-row.service.js';
import type { CreateSendChannelTypeDto, SendChannelTypeView, UpdateSendChannelTypeDto } from './dto/send-channel-type.dto.js';
import type { SendChannelType } from './send-channel-type.entity.js';
import { SEND_CHANNEL_TYPE_DOCUMENT_KEYS, SEND_CHANNEL_TYPE_LIST } from './send-channel-type.list.js';
import { SendChannelTypeRepository } from './send-channel-type.repository.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Channels: editable, unique by name (ignoring case), enabled or not, not deletable while used. */
@Injectable()
export class SendChannelTypeService extends CatalogService<SendChannelType, SendChannelTypeView> {
  protected readonly names = {
    label: 'Channel',
    resource: 'SendChannelType',
    resourceType: 'sendChannelType',
    codes: {
      notFound: COMMUNICATIONS_ERRORS.SEND_CHANNEL_TYPE_NOT_FOUND,
      nameAmbiguous: COMMUNICATIONS_ERRORS.SEND_CHANNEL_TYPE_NAME_AMBIGUOUS,
      nameTaken: COMMUNICATIONS_ERRORS.SEND_CHANNEL_TYPE_NAME_TAKEN,
      inUse: COMMUNICATIONS_ERRORS.SEND_CHANNEL_TYPE_IN_USE,
    },
  };
  protected readonly listing = { spec: SEND_CHANNEL_TYPE_LIST, documentKeys: SEND_CHANNEL_TYPE_DOCUMENT_KEYS };
  protected override readonly stateAttribute = 'enabled';

  constructor(channels: SendChannelTypeRepository, dependencies: CatalogDependencies) {
    super(channels, dependencies);
  }

  create(input: CreateSendChannelTypeDto, actor: Principal): Promise<Versioned<SendChannelTypeView>> {
    return this.insertRow(
      { name: input.name, description: input.description ?? '', kind: input.kind, enabled: input.enabled ?? true },
      actor,
    );
  }

  update(
    idOrName: string,
    input: UpdateSendChannelTypeDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<SendChannelTypeView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({
      name: input.name,
      description: input.description,
      kind: input.kind,
      enabled: input.enabled,
    }));
  }

  setEnabled(
    idOrName: string,
    enabled: boolean,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<SendChannelTypeView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({ enabled }));
  }

  protected async views(rows: SendChannelType[]): Promise<SendChannelTypeView[]> {
    return rows.map((c) => ({
      sendChannelTypeId: c.id,
      name: c.name,
      description: c.description,
      kind: c.kind,
      enabled: c.enabled,
      ...revisionOf(c),
    }));
  }

  protected override usage(row: SendChannelType): Promise<Usage> {
    return this.usages.ofSendChannelType(row.id);
  }
}
