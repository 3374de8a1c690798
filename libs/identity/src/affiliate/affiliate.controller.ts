import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiMergePatch,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  Page,
  ParseIdPipe,
  type Principal,
  RequirePermissions,
  StaffOnly,
  Versioned,
} from '@contactly/platform';
import { AFFILIATE_LIST } from './affiliate-list.js';
import { AffiliateService } from './affiliate.service.js';
import { AffiliateDto, CreateAffiliateDto, CredentialDto, IssuedCredentialDto, UpdateAffiliateDto } from './dto/affiliate.dto.js';

const AffiliateId = new ParseIdPipe('Affiliate');
const CredentialId = new ParseIdPipe('Credential');

@ApiTags('affiliates')
@StaffOnly()
@Controller('api/v1/affiliates')
export class AffiliateController {
  constructor(private readonly affiliates: AffiliateService) {}

  @Get()
  @RequirePermissions('affiliates:read')
  @ApiOperation({ summary: 'List affiliates', description: '`q` matches the start of the name or code.' })
  @ApiList(AFFILIATE_LIST, AffiliateDto)
  @ApiErrors(400)
  list(@ListQueryParams(AFFILIATE_LIST) query: ListQuery): Promise<Page<AffiliateDto>> {
    return this.affiliates.list(query);
  }

  @Get(':id')
  @RequirePermissions('affiliates:read')
  @ApiOperation({ summary: 'Get an affiliate' })
  @ApiOkResponse({ type: AffiliateDto })
  @ApiErrors(404)
  get(@Param('id', AffiliateId) id: number): Promise<Versioned<AffiliateDto>> {
    return this.affiliates.get(id);
  }

  @Post()
  @RequirePermissions('affiliates:write')
  @Idempotent()
  @ApiOperation({ summary: 'Create an affiliate' })
  @ApiCreatedResponse({ type: AffiliateDto })
  @ApiErrors(400, 409)
  async create(
    @Body() body: CreateAffiliateDto,
    @CurrentPrincipal() actor: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Created<AffiliateDto>> {
    const { body: affiliate, version } = await this.affiliates.create(body, actor);
    return new Created(affiliate, `${baseUrl}/api/v1/affiliates/${affiliate.id}`, version);
  }

  @Patch(':id')
  @RequirePermissions('affiliates:write')
  @ApiOperation({ summary: 'Change an affiliate (merge patch)', description: 'Suspending it stops its credentials at once.' })
  @ApiMergePatch(UpdateAffiliateDto, AffiliateDto)
  @ApiErrors(400, 404, 409, 412)
  update(
    @Param('id', AffiliateId) id: number,
    @Body() body: UpdateAffiliateDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Versioned<AffiliateDto>> {
    return this.affiliates.update(id, body, version, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions('affiliates:write')
  @ApiOperation({ summary: 'Delete an affiliate and revoke its API credentials' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('id', AffiliateId) id: number, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.affiliates.delete(id, actor);
  }

  @Get(':id/credentials')
  @RequirePermissions('affiliates:read')
  @ApiOperation({ summary: 'The API credentials of an affiliate (never their secrets)' })
  @ApiOkResponse({ type: [CredentialDto] })
  @ApiErrors(404)
  credentials(@Param('id', AffiliateId) id: number): Promise<CredentialDto[]> {
    return this.affiliates.listCredentials(id);
  }

  @Post(':id/credentials')
  @Idempotent()
  @RequirePermissions('affiliates:write')
  @ApiOperation({ summary: 'Issue an API credential', description: 'The generated password is in this response only.' })
  @ApiCreatedResponse({ type: IssuedCredentialDto })
  @ApiErrors(400, 404)
  async issueCredential(
    @Param('id', AffiliateId) id: number,
    @CurrentPrincipal() actor: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Created<IssuedCredentialDto>> {
    const credential = await this.affiliates.issueCredential(id, actor);
    return new Created(credential, `${baseUrl}/api/v1/affiliates/${id}/credentials/${credential.userId}`);
  }

  @Delete(':id/credentials/:userId')
  @HttpCode(204)
  @RequirePermissions('affiliates:write')
  @ApiOperation({ summary: 'Revoke an API credential' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiErrors(404)
  async revokeCredential(
    @Param('id', AffiliateId) id: number,
    @Param('userId', CredentialId) userId: number,
    @CurrentPrincipal() actor: Principal,
  ): Promise<void> {
    await this.affiliates.revokeCredential(id, userId, actor);
  }
}
