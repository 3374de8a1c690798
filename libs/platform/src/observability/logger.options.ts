import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config.js';

/** Long digit runs (card numbers, pasted anywhere in a URL) never reach the logs. */
export const maskDigitRuns = (text: string) => text.replace(/\d(?:[ -]?\d){11,18}/g, '[redacted-number]');

/** Every secret that could ride on a log line, wherever it appears. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.secret',
  '*.cardNumber',
  '*.number',
  '*.cvc',
  '*.authorization',
];

/** Structured JSON logs with the request id on every line (pino via nestjs-pino). */
export function loggerOptions(config: AppConfig): Params {
  return {
    // nestjs-pino's default route pattern does not match under the Fastify adapter of Nest 12.
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage) => String(req.headers['x-request-id']),
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      serializers: {
        req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: maskDigitRuns(req.url),
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // Liveness probes and metric scrapes would drown the log.
      autoLogging: {
        ignore: (req: IncomingMessage) => {
          const path = ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];
          return path === '/health' || path === '/metrics';
        },
      },
      ...(config.nodeEnv === 'development' && process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    },
  };
}
