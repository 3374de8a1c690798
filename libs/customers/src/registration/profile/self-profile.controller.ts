import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiMergePatch,
  BaseUrl,
  CurrentPrincipal,
  IfMatch,
  OwnAccount,
  type Principal,
  RequirePermissions,
  Versioned,
} from '@contactly/platform';
import { IndividualView } from '../../party/dto/individual.dto.js';
import { OrganizationView } from '../../party/dto/organization.dto.js';
import { UpdateSelfProfileDto } from './dto/update-self-profile.dto.js';
import { type SelfProfile, SelfProfileService } from './self-profile.service.js';

const PROFILE_RESPONSE = {
  description: 'The subscriber’s TMF632 Individual (a person) or Organization (a business); `ETag` carries the version',
  schema: {
    oneOf: [{ $ref: getSchemaPath(IndividualView) }, { $ref: getSchemaPath(OrganizationView) }],
    discriminator: { propertyName: '@type' },
  },
  headers: { ETag: { schema: { type: 'string' } } },
};

@ApiTags('self-service')
@ApiExtraModels(IndividualView, OrganizationView)
@OwnAccount()
@Controller('api/v1/self-service/profile')
export class SelfProfileController {
  constructor(private readonly profiles: SelfProfileService) {}

  @Get()
  @RequirePermissions('self:read')
  @ApiOperation({
    summary: 'My profile (subscribers)',
    description: 'The signed-in subscriber’s names and contact media. Other principals get 403 `NOT_A_SUBSCRIBER`.',
  })
  @ApiOkResponse(PROFILE_RESPONSE)
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<Versioned<SelfProfile>> {
    return this.profiles.get(principal, baseUrl);
  }

  @Patch()
  @RequirePermissions('self:write')
  @ApiOperation({
    summary: 'Change my profile (subscribers, merge patch)',
    description:
      'Names of a person (`givenName`, `middleName`, `familyName`, `title`) or of a business (`tradingName`), and `contactMedium` (replaces them all). A name of the other kind is 400. A stale `If-Match` is 412.',
  })
  @ApiMergePatch(UpdateSelfProfileDto, PROFILE_RESPONSE, {
    rename: { summary: 'A new family name', value: { familyName: 'Ivanova-Smith' } },
  })
  @ApiErrors(400, 404, 412)
  update(
    @Body() body: UpdateSelfProfileDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Versioned<SelfProfile>> {
    return this.profiles.update(body, version, principal, baseUrl);
  }
}
