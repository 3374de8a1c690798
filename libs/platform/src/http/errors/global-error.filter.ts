import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DatabaseOutage } from '../../database/database-outage.js';
import { toErrorResponse } from './error-response.js';

/** The single place where thrown errors become HTTP responses. */
@Catch()
export class GlobalErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly outage: DatabaseOutage) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    sendError(reply, request, error, this.logger, this.outage);
  }
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  error: unknown,
  logger: Pick<Logger, 'error'>,
  outage?: Pick<DatabaseOutage, 'report'>,
): void {
  const response = toErrorResponse(error);
  if (response.databaseUnavailable) outage?.report(error);
  if (response.internal) {
    logger.error({ err: error, reqId: request.id, route: request.routeOptions?.url }, 'Unhandled error while serving a request');
  }
  if (reply.sent) return;
  reply.status(response.status).headers(response.headers).type('application/json; charset=utf-8').send(response.body);
}
