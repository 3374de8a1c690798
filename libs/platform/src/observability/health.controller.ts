import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public, RequirePermissions } from '../auth/auth.decorators.js';
import { Database } from '../database/database.js';
import { HttpMetrics } from './metrics.js';
import { StaffOnly } from '../auth/audience.js';

class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status: 'ok' | 'error';
  @ApiProperty({ example: { database: 'up' } }) checks: Record<string, 'up' | 'down'>;
}

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    private readonly db: Database,
    private readonly metrics: HttpMetrics,
  ) {}

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Liveness and readiness: 200 when the database answers, 503 when it does not' })
  @ApiOkResponse({ type: HealthDto, example: { status: 'ok', checks: { database: 'up' } } })
  @ApiServiceUnavailableResponse({ type: HealthDto, example: { status: 'error', checks: { database: 'down' } } })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const database = await this.db.ping().then(
      () => 'up' as const,
      () => 'down' as const,
    );
    if (database === 'down') reply.status(503);
    return { status: database === 'up' ? 'ok' : 'error', checks: { database } };
  }

  @Get('metrics')
  @StaffOnly()
  @RequirePermissions('metrics:read')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Prometheus metrics (request counts and latency histograms by route)' })
  @ApiOkResponse({ description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } })
  metricsText(): Promise<string> {
    return this.metrics.render();
  }
}
