import { HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, ApiIfMatch, CurrentPrincipal, IfMatch, type Principal, RequirePermissions, StaffOnly } from '@contactly/platform';
import { catalogControllerFor, type OwnEndpoints } from '../shared/catalog.controller.js';
import { CreateSendChannelTypeDto, SendChannelTypeView, UpdateSendChannelTypeDto } from './dto/send-channel-type.dto.js';
import { SEND_CHANNEL_TYPE_DOCUMENT_KEYS, SEND_CHANNEL_TYPE_LIST } from './send-channel-type.list.js';
import { SendChannelTypeService } from './send-channel-type.service.js';

/** POST /{channel}/enable and /{channel}/disable. */
const switchOnAndOff: OwnEndpoints<SendChannelTypeService> = (Base, ApiChannel) => {
  class ChannelSwitch extends Base {
    @Post(':channel/enable')
    @StaffOnly()
    @HttpCode(200)
    @RequirePermissions('communications:admin')
    @ApiChannel
    @ApiOperation({ summary: 'Enable a channel' })
    @ApiIfMatch()
    @ApiOkResponse({ type: SendChannelTypeView })
    @ApiErrors(404, 412)
    enable(@Param('channel') channel: string, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
      return this.service.setEnabled(channel, true, version, actor);
    }

    @Post(':channel/disable')
    @StaffOnly()
    @HttpCode(200)
    @RequirePermissions('communications:admin')
    @ApiChannel
    @ApiOperation({ summary: 'Disable a channel', description: 'Nothing new is sent on it; rules, blocks and history keep it.' })
    @ApiIfMatch()
    @ApiOkResponse({ type: SendChannelTypeView })
    @ApiErrors(404, 412)
    disable(@Param('channel') channel: string, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
      return this.service.setEnabled(channel, false, version, actor);
    }
  }
  return ChannelSwitch;
};

export const SendChannelTypeController = catalogControllerFor(
  {
    resource: 'SendChannelType',
    path: 'api/v1/send_channel_types',
    tag: 'send channel types',
    service: SendChannelTypeService,
    one: 'channel',
    many: 'channels',
    param: 'channel',
    example: 1,
    list: SEND_CHANNEL_TYPE_LIST,
    view: SendChannelTypeView,
    create: CreateSendChannelTypeDto,
    update: UpdateSendChannelTypeDto,
    idOf: (channel) => channel.sendChannelTypeId,
    getErrors: [404, 409],
    docs: {
      list: `Items are \`{${SEND_CHANNEL_TYPE_DOCUMENT_KEYS.join(', ')}}\` as in the requirement document; \`fields\` adds kind, enabled, version, createTime, updateTime. \`enabled=true\` lists the channels one can send on.`,
      delete: 'Refused (409, nothing deleted) while rules, role permissions, bookings or channel blocks use it; disable it instead.',
    },
  },
  { actions: switchOnAndOff },
);
