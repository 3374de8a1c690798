import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentPrincipal,
  OwnAccount,
  PermissionCatalogue,
  type Principal,
  ReferenceData,
  RequirePermissions,
} from '@contactly/platform';
import { PermissionDto } from '../role/dto/role.dto.js';
import { PrincipalDto, toPrincipalDto } from './principal.dto.js';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(private readonly catalogue: PermissionCatalogue) {}

  @Post('auth')
  @OwnAccount()
  @HttpCode(200)
  @RequirePermissions()
  @ApiOperation({
    summary: 'Check Basic credentials and return who they belong to',
    description: 'Send no body. 401 with `WWW-Authenticate` when missing or wrong; 429 with `Retry-After` after repeated failures.',
  })
  @ApiOkResponse({ type: PrincipalDto })
  @ApiErrors(429)
  authenticate(@CurrentPrincipal() principal: Principal): PrincipalDto {
    return toPrincipalDto(principal);
  }

  @Get('permissions')
  @ReferenceData()
  @RequirePermissions()
  @ApiOperation({ summary: 'Every permission a role can hold, with what it allows' })
  @ApiOkResponse({ type: [PermissionDto] })
  permissions(): PermissionDto[] {
    return this.catalogue.describe();
  }
}
