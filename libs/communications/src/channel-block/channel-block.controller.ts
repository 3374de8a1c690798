import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  CustomerOwned,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  ParseIdPipe,
  ApiMergePatch,
  type Principal,
  RequireAnyPermission,
} from '@contactly/platform';
import { ApiIdOrName } from '../shared/api.js';
import { CHANNEL_BLOCK_LIST } from './channel-block.list.js';
import { ChannelBlockService } from './channel-block.service.js';
import { BlockChannelDto, ChannelBlockView, CreateChannelBlockDto, UpdateChannelBlockDto } from './dto/channel-block.dto.js';

const BlockId = new ParseIdPipe('Channel block');
/** Blocking a channel for a client is an opt-out: senders, administrators, agents (customer data) and the subscriber themself may. */
const MAY_BLOCK = ['communications:send', 'communications:admin', 'customers:write', 'self:write'] as const;
/** A subscriber sees their own blocks (the repository narrows to the caller's clients). */
const MAY_READ = ['communications:read', 'self:read'] as const;

@ApiTags('channel blocks')
@CustomerOwned('channelBlock')
@Controller('api/v1/channel_blocks')
export class ChannelBlockController {
  constructor(private readonly blocks: ChannelBlockService) {}

  @Get()
  @RequireAnyPermission(...MAY_READ)
  @ApiOperation({
    summary: 'List channel blocks',
    description: '`clientId` lists a client’s blocks, `active=true` those in force. A subscriber sees only their own.',
  })
  @ApiList(CHANNEL_BLOCK_LIST, ChannelBlockView)
  @ApiErrors(400)
  list(@ListQueryParams(CHANNEL_BLOCK_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal) {
    return this.blocks.list(query, principal);
  }

  @Get(':id')
  @RequireAnyPermission(...MAY_READ)
  @ApiOperation({ summary: 'Get a channel block' })
  @ApiOkResponse({ type: ChannelBlockView })
  @ApiErrors(404)
  get(@Param('id', BlockId) id: number, @CurrentPrincipal() principal: Principal) {
    return this.blocks.get(id, principal);
  }

  @Post()
  @Idempotent()
  @RequireAnyPermission(...MAY_BLOCK)
  @ApiOperation({
    summary: 'Block a channel for a client',
    description:
      'Until a date in the future (else 400), or permanently (`until` null or left out), with a reason. Already blocked: 409; unknown client or channel: 422. A subscriber blocks channels for themself only.',
  })
  @ApiCreatedResponse({ type: ChannelBlockView })
  @ApiErrors(400, 409, 422)
  async create(@Body() body: CreateChannelBlockDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.blocks.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/channel_blocks/${view.channelBlockId}`, version);
  }

  @Patch(':id')
  @RequireAnyPermission(...MAY_BLOCK)
  @ApiOperation({ summary: 'Change a channel block (merge patch)', description: 'A new `until` (or null for permanent) or reason.' })
  @ApiMergePatch(UpdateChannelBlockDto, ChannelBlockView)
  @ApiErrors(400, 404, 412)
  update(
    @Param('id', BlockId) id: number,
    @Body() body: UpdateChannelBlockDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.blocks.update(id, body, version, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireAnyPermission(...MAY_BLOCK)
  @ApiOperation({ summary: 'Lift a channel block' })
  @ApiNoContentResponse({ description: 'Lifted' })
  @ApiErrors(404)
  async delete(@Param('id', BlockId) id: number, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.blocks.delete(id, actor);
  }
}

/** The document puts blocking under channels: the same blocks, seen from one channel. */
@ApiTags('send channel types')
@CustomerOwned('channelBlock')
@Controller('api/v1/send_channel_types/:channel/blocks')
export class ChannelBlocksOfChannelController {
  constructor(private readonly blocks: ChannelBlockService) {}

  @Get()
  @RequireAnyPermission(...MAY_READ)
  @ApiIdOrName('channel', 1, 'channel')
  @ApiOperation({ summary: 'The blocks of a channel' })
  @ApiList(CHANNEL_BLOCK_LIST, ChannelBlockView)
  @ApiErrors(400, 404)
  async list(
    @Param('channel') channel: string,
    @ListQueryParams(CHANNEL_BLOCK_LIST) query: ListQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.blocks.list(query, principal, { sendChannelTypeId: await this.blocks.channelId(channel) });
  }

  @Post()
  @Idempotent()
  @RequireAnyPermission(...MAY_BLOCK)
  @ApiIdOrName('channel', 1, 'channel')
  @ApiOperation({ summary: 'Block this channel for a client (temporarily or permanently)' })
  @ApiCreatedResponse({ type: ChannelBlockView })
  @ApiErrors(400, 404, 409, 422)
  async create(
    @Param('channel') channel: string,
    @Body() body: BlockChannelDto,
    @CurrentPrincipal() actor: Principal,
    @BaseUrl() baseUrl: string,
  ) {
    const { body: view, version } = await this.blocks.create({ ...body, sendChannelTypeId: await this.blocks.channelId(channel) }, actor);
    return new Created(view, `${baseUrl}/api/v1/channel_blocks/${view.channelBlockId}`, version);
  }
}
