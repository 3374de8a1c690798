import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditRepository, Page, RequirePermissions, StaffOnly, TextField } from '@contactly/platform';

class AuditQueryDto {
  @TextField({ max: 60, example: 'user' }) resourceType: string;
  @TextField({ max: 64, example: '5' }) resourceId: string;
  @TextField({ max: 9, optional: true, pattern: /^\d+$/, example: '0' }) offset?: string;
  @TextField({ max: 4, optional: true, pattern: /^\d+$/, example: '20' }) limit?: string;
}

class AuditActorDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'Admin' }) username: string;
}

class AuditEntryDto {
  @ApiProperty({ example: 12 }) id: number;
  @ApiProperty({ type: AuditActorDto }) actor: AuditActorDto;
  @ApiProperty({ example: 'update' }) action: string;
  @ApiProperty({ example: 'user' }) resourceType: string;
  @ApiProperty({ example: '5' }) resourceId: string;
  @ApiProperty({ example: { displayName: { before: 'Anna', after: 'Anna Agent' } } }) changes: Record<
    string,
    { before: unknown; after: unknown }
  >;
  @ApiProperty({ nullable: true, type: String, example: null }) reason: string | null;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) at: string;
}

@ApiTags('audit')
@StaffOnly()
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @RequirePermissions('audit:read')
  @ApiOperation({ summary: 'The audit history of one record, newest first: who changed what, before and after' })
  @ApiOkResponse({
    type: [AuditEntryDto],
    headers: { 'X-Total-Count': { schema: { type: 'integer' } }, 'X-Result-Count': { schema: { type: 'integer' } } },
  })
  async history(@Query() query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    const offset = Number(query.offset ?? 0);
    const limit = Math.min(Number(query.limit ?? 20), 1000);
    const [entries, total] = await this.audit.findForResource(query.resourceType, query.resourceId, offset, limit);
    return new Page(
      entries.map((e) => ({
        id: e.id,
        actor: { id: e.actorId, username: e.actorName },
        action: e.action,
        resourceType: e.resourceType,
        resourceId: e.resourceId,
        changes: JSON.parse(e.changes) as AuditEntryDto['changes'],
        reason: e.reason,
        at: e.at.toISOString(),
      })),
      total,
    );
  }
}
