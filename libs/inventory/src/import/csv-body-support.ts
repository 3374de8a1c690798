import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AppConfig } from '@contactly/platform';
import { InventorySettings } from '../inventory.settings.js';

/** Bytes a CSV line of an import may take on average (a number, a donor operator, a porting state). */
const BYTES_PER_LINE = 64;

/**
 * Lets Fastify read `text/csv` bodies (number imports) as text, up to what NUMBER_IMPORT_MAX lines
 * need. Only the routes that document `text/csv` accept it: the request gate refuses it elsewhere.
 */
@Injectable()
export class CsvBodySupport implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
    private readonly settings: InventorySettings,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser('text/csv')) return;
    const bodyLimit = Math.max(this.config.bodyLimitBytes, this.settings.numberImportMax * BYTES_PER_LINE);
    fastify.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit }, (_request, body, done) => done(null, body));
  }
}
