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

/**
 * Structured JSON logs (pino via nestjs-pino) for the application's own messages. Requests are
 * logged by a Fastify hook (request-log.ts) rather than nestjs-pino's per-request middleware, which
 * cost a fifth of the CPU of a simple API call.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    forRoutes: [],
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      ...(config.nodeEnv === 'development' && process.stdout.isTTY
        ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
        : {}),
    },
  };
}
