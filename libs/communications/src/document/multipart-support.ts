import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Lets Fastify accept `multipart/form-data` (document uploads) by leaving such a body unread: the
 * upload route reads it itself, under its own limits (multipart-upload.ts). Not @fastify/multipart:
 * its hooks run on every request of every route, and cost a twelfth of a simple read's CPU.
 * Registered when the module starts, before the server listens; once, whoever else registers it.
 */
@Injectable()
export class MultipartSupport implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser('multipart/form-data')) return;
    fastify.addContentTypeParser('multipart/form-data', (_request, _body, done) => done(null));
  }
}
