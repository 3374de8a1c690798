import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentPrincipal, forbidden, OwnAccount, type Principal, RequirePermissions } from '@contactly/platform';
import { SendChannelTypeRepository } from '../send-channel-type/send-channel-type.repository.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';
import { ChannelBlockService } from './channel-block.service.js';
import { MyChannelView } from './dto/my-channel.dto.js';

/**
 * A subscriber's channel preferences in one read: the channels we send on, each with the block the
 * subscriber (or an agent) put on it. Blocking and lifting go through the channel-block routes.
 */
@ApiTags('self-service')
@OwnAccount()
@Controller('api/v1/self-service/channels')
export class MyChannelsController {
  constructor(
    private readonly channels: SendChannelTypeRepository,
    private readonly blocks: ChannelBlockService,
  ) {}

  @Get()
  @RequirePermissions('self:read')
  @ApiOperation({
    summary: 'My channels (subscribers)',
    description:
      'The enabled channels, each with the block in force for the signed-in subscriber (or null). Block one with `POST /api/v1/send_channel_types/{channel}/blocks` (your own `clientId`), lift it with `DELETE /api/v1/channel_blocks/{id}`. Other principals get 403 `NOT_A_SUBSCRIBER`.',
  })
  @ApiOkResponse({ type: [MyChannelView] })
  @ApiErrors(403)
  async list(@CurrentPrincipal() principal: Principal): Promise<MyChannelView[]> {
    if (principal.kind !== 'customer' || principal.customerId === undefined)
      throw forbidden(COMMUNICATIONS_ERRORS.NOT_A_SUBSCRIBER, 'Only a subscriber’s own login has channel preferences');
    const [channels, blocks] = await Promise.all([this.channels.enabled(), this.blocks.inForceFor(principal.customerId, principal)]);
    return channels.map((channel) => ({
      sendChannelTypeId: channel.id,
      name: channel.name,
      description: channel.description,
      kind: channel.kind,
      block: blocks.find((block) => block.sendChannelTypeId === channel.id) ?? null,
    }));
  }
}
