import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, type ListQuery, type Page, type Principal, type Versioned } from '@contactly/platform';
import { docTime } from '../shared/doc-time.js';
import { NamedRowService, type Usage } from '../shared/named-row.service.js';
import { UsageRepository } from '../shared/usage.repository.js';
import type { CreateSendChannelTypeDto, SendChannelTypeView, UpdateSendChannelTypeDto } from './dto/send-channel-type.dto.js';
import type { SendChannelType } from './send-channel-type.entity.js';
import { SEND_CHANNEL_TYPE_DOCUMENT_KEYS, SEND_CHANNEL_TYPE_LIST } from './send-channel-type.list.js';
import { SendChannelTypeRepository } from './send-channel-type.repository.js';

/** Channels: editable, unique by name (ignoring case), enabled or not, not deletable while used. */
@Injectable()
export class SendChannelTypeService extends NamedRowService<SendChannelType, SendChannelTypeView> {
  protected readonly names = { label: 'Channel', code: 'SEND_CHANNEL_TYPE', resource: 'SendChannelType', resourceType: 'sendChannelType' };
  protected override readonly stateAttribute = 'enabled';

  constructor(
    private readonly channels: SendChannelTypeRepository,
    private readonly usages: UsageRepository,
    db: Database,
    changes: ChangeRecorder,
    clock: Clock,
  ) {
    super(channels, db, changes, clock);
  }

  async list(query: ListQuery): Promise<Page<SendChannelTypeView>> {
    return this.listRows(await this.channels.list(query, SEND_CHANNEL_TYPE_LIST), SEND_CHANNEL_TYPE_DOCUMENT_KEYS);
  }

  create(input: CreateSendChannelTypeDto, actor: Principal): Promise<Versioned<SendChannelTypeView>> {
    return this.insertRow({ name: input.name, description: input.description ?? '', kind: input.kind, enabled: input.enabled ?? true }, actor);
  }

  update(idOrName: string, input: UpdateSendChannelTypeDto, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<SendChannelTypeView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({ name: input.name, description: input.description, kind: input.kind, enabled: input.enabled }));
  }

  setEnabled(idOrName: string, enabled: boolean, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<SendChannelTypeView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({ enabled }));
  }

  protected async views(rows: SendChannelType[]): Promise<SendChannelTypeView[]> {
    return rows.map((c) => ({
      sendChannelTypeId: c.id,
      name: c.name,
      description: c.description,
      kind: c.kind,
      enabled: c.enabled,
      version: c.version,
      createTime: docTime(c.createdAt),
      updateTime: docTime(c.updatedAt),
    }));
  }

  protected override usage(row: SendChannelType): Promise<Usage> {
    return this.usages.ofSendChannelType(row.id);
  }
}
