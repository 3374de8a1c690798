import { Injectable } from '@nestjs/common';
import { type FieldProblem, unprocessable, distinct } from '@contactly/platform';
import { CommunicationTypeRepository } from '../communication-type/communication-type.repository.js';
import { SendChannelTypeRepository } from '../send-channel-type/send-channel-type.repository.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/**
 * Checks the catalog ids a request refers to (types, channels): one query per catalog; an unknown
 * id is a 422 naming each field that holds it, and nothing is written.
 */
@Injectable()
export class CatalogRefs {
  constructor(
    private readonly types: CommunicationTypeRepository,
    private readonly channels: SendChannelTypeRepository,
  ) {}

  async assertExist(refs: { types?: { field: string; id: number }[]; channels?: { field: string; id: number }[] }): Promise<void> {
    const problems: FieldProblem[] = [];
    const types = refs.types ?? [];
    const channels = refs.channels ?? [];
    const knownTypes = types.length ? await this.types.existing(distinct(types.map((t) => t.id))) : new Set<number>();
    const knownChannels = channels.length ? await this.channels.existing(distinct(channels.map((c) => c.id))) : new Set<number>();
    for (const ref of types)
      if (!knownTypes.has(ref.id)) problems.push({ field: ref.field, message: `communication type ${ref.id} does not exist` });
    for (const ref of channels)
      if (!knownChannels.has(ref.id)) problems.push({ field: ref.field, message: `channel ${ref.id} does not exist` });
    if (problems.length) {
      const code = problems.every((p) => p.message.startsWith('channel'))
        ? COMMUNICATIONS_ERRORS.SEND_CHANNEL_TYPE_NOT_FOUND
        : COMMUNICATIONS_ERRORS.COMMUNICATION_TYPE_NOT_FOUND;
      throw unprocessable(code, problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    }
  }
}
