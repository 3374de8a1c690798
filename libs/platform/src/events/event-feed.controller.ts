import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '../auth/auth.decorators.js';
import { ApiErrors } from '../http/errors/api-errors.decorator.js';
import { TextField } from '../http/validation/fields.js';
import { OutboxRepository } from './outbox.repository.js';
import { StaffOnly } from '../auth/audience.js';

class EventFeedQuery {
  @TextField({
    max: 12,
    optional: true,
    pattern: /^\d+$/,
    patternMessage: 'after must be an event sequence number',
    example: '0',
    description: 'Return events after this sequence number',
  })
  after?: string;
  @TextField({
    max: 4,
    optional: true,
    pattern: /^\d+$/,
    patternMessage: 'limit must be a number',
    example: '100',
    description: 'At most 1000',
  })
  limit?: string;
  @TextField({ max: 60, optional: true, example: 'customer', description: 'Only events about this resource type' }) resourceType?: string;
}

/** A TMF688-shaped event, with the sequence number a consumer resumes from. */
class FeedEventDto {
  @ApiProperty({ example: 1042, description: 'Monotonic sequence number: pass the last one you processed as `after`' }) sequence: number;
  @ApiProperty({ example: '7b0c8a9e-3f1d-4c55-9a43-1d2a6c0e9f11' }) eventId: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) eventTime: string;
  @ApiProperty({ example: 'CustomerCreateEvent' }) eventType: string;
  @ApiProperty({ example: { customer: { id: '42', name: 'Maria Ivanova' } } }) event: Record<string, unknown>;
}

/** The pull feed of business events for the data warehouse: every change, in commit order. */
@ApiTags('events')
@StaffOnly()
@Controller('api/v1/events')
export class EventFeedController {
  constructor(private readonly outbox: OutboxRepository) {}

  @Get()
  @RequirePermissions('events:read')
  @ApiOperation({
    summary: 'Business events after a sequence number (the warehouse feed)',
    description: 'Poll with `after` = the last sequence you processed; events are never rewritten.',
  })
  @ApiOkResponse({ type: [FeedEventDto] })
  @ApiErrors(400)
  async feed(@Query() query: EventFeedQuery): Promise<FeedEventDto[]> {
    const events = await this.outbox.findAfter(Number(query.after ?? 0), Math.min(Number(query.limit ?? 100), 1000), query.resourceType);
    return events.map((e) => ({
      sequence: e.id,
      eventId: e.eventId,
      eventTime: e.occurredAt.toISOString(),
      eventType: e.eventType,
      event: JSON.parse(e.payload) as Record<string, unknown>,
    }));
  }
}
