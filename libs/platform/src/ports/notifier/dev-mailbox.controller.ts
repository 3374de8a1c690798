import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '../../auth/auth.decorators.js';
import { Database } from '../../database/database.js';
import { applyListQuery } from '../../http/list/apply-list-query.js';
import { ApiList, ListQueryParams } from '../../http/list/list-query.decorator.js';
import type { ListQuery } from '../../http/list/list-query.js';
import type { ListSpec } from '../../http/list/list-spec.js';
import { Page } from '../../http/list/page.js';
import { ApiErrors } from '../../http/errors/api-errors.decorator.js';
import { DevMailboxMessage } from './dev-mailbox-message.entity.js';
import { StaffOnly } from '../../auth/audience.js';

/** One-time codes go by email or SMS; communications on any channel of the platform. */
const MAILBOX_CHANNELS = ['email', 'sms', 'messenger', 'push', 'social'];

class MailboxMessageDto {
  @ApiProperty({ example: 7 }) id: number;
  @ApiProperty({ enum: MAILBOX_CHANNELS }) channel: string;
  @ApiProperty({ example: 'maria@example.com' }) recipient: string;
  @ApiProperty({ nullable: true, type: String, example: 'Your Contactly code' }) subject: string | null;
  @ApiProperty({ example: 'Your code is 482913. It expires in 10 minutes.' }) body: string;
  @ApiProperty({ example: 'registration-otp' }) purpose: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) createdAt: string;
}

const MAILBOX_LIST: ListSpec = {
  idColumn: 'm.id',
  defaultSort: '-id',
  fields: {
    id: { column: 'm.id', type: 'int' },
    channel: { column: 'm.channel', type: 'enum', values: MAILBOX_CHANNELS },
    recipient: { column: 'm.recipient', type: 'string' },
    purpose: { column: 'm.purpose', type: 'string' },
    createdAt: { column: 'm.created_at', type: 'date' },
  },
  selectable: ['id', 'channel', 'recipient', 'subject', 'body', 'purpose', 'createdAt'],
};

/** Development only (not mounted with NODE_ENV=production): what the dev mailbox "sent". */
@ApiTags('dev')
@StaffOnly()
@Controller('api/v1/dev/mailbox')
export class DevMailboxController {
  constructor(private readonly db: Database) {}

  @Get()
  @RequirePermissions('dev-mailbox:read')
  @ApiOperation({
    summary: 'Messages the development mailbox received (absent in production)',
    description: 'One-time codes and password-reset links land here until real channels are configured.',
  })
  @ApiList(MAILBOX_LIST, MailboxMessageDto)
  @ApiErrors(400)
  async list(@ListQueryParams(MAILBOX_LIST) query: ListQuery): Promise<Page<MailboxMessageDto>> {
    const [rows, total] = await applyListQuery(
      this.db.repository(DevMailboxMessage).createQueryBuilder('m'),
      query,
      MAILBOX_LIST,
    ).getManyAndCount();
    return new Page(
      rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
      total,
      query.fields,
    );
  }
}
