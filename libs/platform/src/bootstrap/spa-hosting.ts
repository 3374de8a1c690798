import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { notFound } from '../http/errors/domain-error.js';
import { toErrorResponse } from '../http/errors/error-response.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

/** Paths that belong to the server: the SPA fallback must never answer for them. */
export const SERVER_PREFIXES = ['/api/', '/tmf-api/', '/swagger-ui', '/openapi.json', '/health', '/metrics'];

const isServerPath = (url: string) => SERVER_PREFIXES.some((prefix) => url === prefix.replace(/\/$/, '') || url.startsWith(prefix));

/**
 * A build file that is not there (a chunk of an older deployment): 404, never index.html, which a
 * browser would try to run as a script and fail on with a confusing MIME-type error.
 */
const isMissingAsset = (url: string) => url.startsWith('/assets/');

/**
 * Serves the built dashboard at `/`: its files as they are (hashed assets cached for a year), and
 * `index.html` for any other GET that is not a server path, so client-side routes survive a reload.
 * The build writes `.br` and `.gz` copies beside its files; the one the client's `Accept-Encoding`
 * prefers is sent with `Content-Encoding` and `Vary: Accept-Encoding` (the file itself otherwise).
 */
export async function hostDashboard(app: NestFastifyApplication, distDir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const indexFile = join(distDir, 'index.html');
  const hasDashboard = existsSync(indexFile);
  if (hasDashboard) {
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders: (reply, path) => {
        reply.header('Cache-Control', path.startsWith(join(distDir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const indexHtml = hasDashboard ? readFileSync(indexFile) : null;
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (isServerPath(path) || isMissingAsset(path) || !indexHtml) {
      const { status, body } = toErrorResponse(
        notFound(
          PLATFORM_ERRORS.NOT_FOUND,
          hasDashboard ? `No route for GET ${path}` : `No route for GET ${path} (the dashboard is not built: npm run build)`,
        ),
      );
      return reply.status(status).type('application/json; charset=utf-8').send(body);
    }
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  });
  fastify.get('/', (_request, reply) => {
    if (!indexHtml)
      return reply
        .type('text/plain; charset=utf-8')
        .send('Contactly API is running. The dashboard is not built: run npm run build. API docs: /swagger-ui');
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  });
}
