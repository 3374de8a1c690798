import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document of the whole server, built from the controllers' decorators. */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Contactly API')
    .setDescription(
      'Customer data, support-case aggregation and customer communications. Every call needs HTTP Basic credentials ' +
        'unless marked public. Errors share one shape (`@type: Error`, `code`, `reason`, `message`, `status`, `details`). ' +
        'Lists take `offset`, `limit` (max 1000), `fields`, `sort` and attribute filters (`.gt/.gte/.lt/.lte` on numbers and dates) ' +
        'and answer with `X-Total-Count` and `X-Result-Count`.',
    )
    .setVersion(version)
    .addBasicAuth({ type: 'http', scheme: 'basic', description: 'Username and password' }, 'basic')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  // Routes are listed in a stable order so the committed document diffs cleanly.
  document.paths = Object.fromEntries(Object.entries(document.paths).sort(([a], [b]) => a.localeCompare(b)));
  return document;
}

/** Swagger UI at /swagger-ui (and /swagger-ui/index.html) with Basic "Authorize"; the document at /openapi.json. */
export function mountSwaggerUi(app: NestFastifyApplication, document: OpenAPIObject): void {
  // The page loads its assets relative to /swagger-ui; from /swagger-ui/index.html (the path Java
  // servers made familiar) or /swagger-ui/ they would miss, so those addresses redirect to it.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const path = request.url.split('?')[0];
      if (path === '/swagger-ui/index.html' || path === '/swagger-ui/') return reply.redirect('/swagger-ui', 302);
      done();
    });
  SwaggerModule.setup('swagger-ui', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    customSiteTitle: 'Contactly API',
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true, tagsSorter: 'alpha', operationsSorter: 'alpha' },
  });
}
