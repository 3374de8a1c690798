import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiIfMatch,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  PATCH_CONTENT_TYPES,
  type Principal,
  RequirePermissions,
} from '@contactly/platform';
import { ApiIdOrName } from '../shared/api.js';
import { CreateSendChannelTypeDto, SendChannelTypeView, UpdateSendChannelTypeDto } from './dto/send-channel-type.dto.js';
import { SEND_CHANNEL_TYPE_DOCUMENT_KEYS, SEND_CHANNEL_TYPE_LIST } from './send-channel-type.list.js';
import { SendChannelTypeService } from './send-channel-type.service.js';

const CHANNEL = ApiIdOrName('channel', 1, 'channel');

@ApiTags('send channel types')
@Controller('api/v1/send_channel_types')
export class SendChannelTypeController {
  constructor(private readonly channels: SendChannelTypeService) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List channels', description: `Items are \`{${SEND_CHANNEL_TYPE_DOCUMENT_KEYS.join(', ')}}\` as in the requirement document; \`fields\` adds kind, enabled, version, createTime, updateTime. \`enabled=true\` lists the channels one can send on.` })
  @ApiList(SEND_CHANNEL_TYPE_LIST, SendChannelTypeView)
  @ApiErrors(400)
  list(@ListQueryParams(SEND_CHANNEL_TYPE_LIST) query: ListQuery) {
    return this.channels.list(query);
  }

  @Get(':channel')
  @RequirePermissions('communications:read')
  @CHANNEL
  @ApiOperation({ summary: 'Get a channel by id or by name' })
  @ApiOkResponse({ type: SendChannelTypeView })
  @ApiErrors(404, 409)
  get(@Param('channel') channel: string) {
    return this.channels.get(channel);
  }

  @Post()
  @RequirePermissions('communications:admin')
  @ApiOperation({ summary: 'Add a channel', description: 'Names are unique ignoring case (409).' })
  @ApiCreatedResponse({ type: SendChannelTypeView })
  @ApiErrors(400, 409)
  async create(@Body() body: CreateSendChannelTypeDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.channels.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/send_channel_types/${view.sendChannelTypeId}`, version);
  }

  @Patch(':channel')
  @RequirePermissions('communications:admin')
  @CHANNEL
  @ApiOperation({ summary: 'Change a channel (merge patch)' })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdateSendChannelTypeDto })
  @ApiIfMatch()
  @ApiOkResponse({ type: SendChannelTypeView })
  @ApiErrors(400, 404, 409, 412)
  update(@Param('channel') channel: string, @Body() body: UpdateSendChannelTypeDto, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
    return this.channels.update(channel, body, version, actor);
  }

  @Post(':channel/enable')
  @HttpCode(200)
  @RequirePermissions('communications:admin')
  @CHANNEL
  @ApiOperation({ summary: 'Enable a channel' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SendChannelTypeView })
  @ApiErrors(404, 412)
  enable(@Param('channel') channel: string, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
    return this.channels.setEnabled(channel, true, version, actor);
  }

  @Post(':channel/disable')
  @HttpCode(200)
  @RequirePermissions('communications:admin')
  @CHANNEL
  @ApiOperation({ summary: 'Disable a channel', description: 'Nothing new is sent on it; rules, blocks and history keep it.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SendChannelTypeView })
  @ApiErrors(404, 412)
  disable(@Param('channel') channel: string, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
    return this.channels.setEnabled(channel, false, version, actor);
  }

  @Delete(':channel')
  @HttpCode(204)
  @RequirePermissions('communications:admin')
  @CHANNEL
  @ApiOperation({ summary: 'Delete a channel', description: 'Refused (409, nothing deleted) while rules, role permissions, bookings or channel blocks use it; disable it instead.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('channel') channel: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.channels.delete(channel, actor);
  }
}
