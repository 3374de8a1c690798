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
import { COMMUNICATION_TYPE_DOCUMENT_KEYS, COMMUNICATION_TYPE_LIST } from './communication-type.list.js';
import { CommunicationTypeService } from './communication-type.service.js';
import { CommunicationTypeView, CreateCommunicationTypeDto, UpdateCommunicationTypeDto } from './dto/communication-type.dto.js';

const TYPE = ApiIdOrName('type', 4, 'communication type');

@ApiTags('communication types')
@Controller('api/v1/communication_types')
export class CommunicationTypeController {
  constructor(private readonly types: CommunicationTypeService) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List communication types', description: `Items are \`{${COMMUNICATION_TYPE_DOCUMENT_KEYS.join(', ')}}\` as in the requirement document; \`fields\` adds version, createTime, updateTime.` })
  @ApiList(COMMUNICATION_TYPE_LIST, CommunicationTypeView)
  @ApiErrors(400)
  list(@ListQueryParams(COMMUNICATION_TYPE_LIST) query: ListQuery) {
    return this.types.list(query);
  }

  @Get(':type')
  @RequirePermissions('communications:read')
  @TYPE
  @ApiOperation({ summary: 'Get a communication type by id or by name' })
  @ApiOkResponse({ type: CommunicationTypeView })
  @ApiErrors(404, 409)
  get(@Param('type') type: string) {
    return this.types.get(type);
  }

  @Post()
  @RequirePermissions('communications:admin')
  @ApiOperation({ summary: 'Add a communication type', description: 'Names are unique ignoring case (409).' })
  @ApiCreatedResponse({ type: CommunicationTypeView })
  @ApiErrors(400, 409)
  async create(@Body() body: CreateCommunicationTypeDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.types.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/communication_types/${view.communicationTypeId}`, version);
  }

  @Patch(':type')
  @RequirePermissions('communications:admin')
  @TYPE
  @ApiOperation({ summary: 'Change a communication type (merge patch)' })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdateCommunicationTypeDto })
  @ApiIfMatch()
  @ApiOkResponse({ type: CommunicationTypeView })
  @ApiErrors(400, 404, 409, 412)
  update(@Param('type') type: string, @Body() body: UpdateCommunicationTypeDto, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
    return this.types.update(type, body, version, actor);
  }

  @Delete(':type')
  @HttpCode(204)
  @RequirePermissions('communications:admin')
  @TYPE
  @ApiOperation({ summary: 'Delete a communication type', description: 'Refused (409, nothing deleted) while rules, role permissions or bookings use it.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('type') type: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.types.delete(type, actor);
  }
}
