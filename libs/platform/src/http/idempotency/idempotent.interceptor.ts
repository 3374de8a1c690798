import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import type { Principal } from '../../auth/principal.js';
import { conflict, invalid, unprocessable } from '../errors/domain-error.js';
import { Created, Versioned } from '../concurrency/versioned.js';
import { isDatabaseUnavailable } from '../../database/connection-errors.js';
import { withoutSecrets } from '../../security/secret-fields.js';
import { IdempotencyStore } from './idempotency.store.js';
import { UnsettledClaims } from './unsettled-claims.js';
import { PLATFORM_ERRORS } from '../errors/platform-errors.js';

type StoredResult =
  | { kind: 'created'; body: unknown; location: string; version?: number }
  | { kind: 'versioned'; body: unknown; version: number }
  | { kind: 'plain'; body: unknown };

/** Attributes a route names as secret beyond the usual names (a card's `number`, a one-time `code`). */
const ROUTE_SECRETS = 'contactly:idempotency-secrets';
const NO_SECRETS: ReadonlySet<string> = new Set();

/**
 * What is kept of a response for replays: never a secret (an issued credential's password is shown
 * once; a replay shows the credential without it).
 */
function store(result: unknown): StoredResult {
  if (result instanceof Created)
    return { kind: 'created', body: withoutSecrets(result.body), location: result.location, version: result.version };
  if (result instanceof Versioned) return { kind: 'versioned', body: withoutSecrets(result.body), version: result.version };
  return { kind: 'plain', body: withoutSecrets(result) };
}

/**
 * The fingerprint that tells "the same request" from "another request with the same key". Secrets
 * are left out: an unsalted hash of a card number or password would be guessable from the table.
 */
function fingerprint(request: FastifyRequest, secrets: ReadonlySet<string>): string {
  return createHash('sha256')
    .update(
      `${request.method} ${request.routeOptions?.url ?? request.url} ${JSON.stringify(request.params ?? {})} ${JSON.stringify(withoutSecrets(request.body ?? null, secrets))}`,
    )
    .digest('hex');
}

function restore(stored: StoredResult): unknown {
  if (stored.kind === 'created') return new Created(stored.body, stored.location, stored.version);
  if (stored.kind === 'versioned') return new Versioned(stored.body, stored.version);
  return stored.body;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** Replays the first response to an `Idempotency-Key`; the same key with another body is 422. */
@Injectable()
export class IdempotentInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly unsettled: UnsettledClaims,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    const key = request.headers['idempotency-key'];
    if (key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      return throwError(() =>
        invalid(PLATFORM_ERRORS.INVALID_IDEMPOTENCY_KEY, 'Idempotency-Key must be 1 to 200 visible ASCII characters'),
      );
    }
    const principalId = request.user?.userId ?? 0;
    return from(
      this.store.claim(
        principalId,
        key,
        fingerprint(request, this.reflector.get<ReadonlySet<string> | undefined>(ROUTE_SECRETS, context.getHandler()) ?? NO_SECRETS),
      ),
    ).pipe(
      mergeMap((claim) => {
        switch (claim.outcome) {
          case 'replay':
            return of(restore(JSON.parse(claim.response) as StoredResult));
          case 'mismatch':
            return throwError(() =>
              unprocessable(PLATFORM_ERRORS.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was used for a different request'),
            );
          case 'in-progress':
            return throwError(() =>
              conflict(
                PLATFORM_ERRORS.IDEMPOTENCY_KEY_IN_PROGRESS,
                'A request with this Idempotency-Key is still being processed; retry it later',
              ),
            );
          case 'answer-lost':
            return throwError(() =>
              conflict(
                PLATFORM_ERRORS.IDEMPOTENCY_KEY_ANSWER_LOST,
                'The request with this Idempotency-Key was carried out, but its answer was lost when the database went away; look up what it created instead of repeating it',
              ),
            );
          case 'claimed':
            return this.marked(claim.recordId, next).pipe(
              mergeMap(async (result) => {
                const response = JSON.stringify(store(result));
                // The work is done and its answer in hand: the caller gets it even when it cannot be kept yet.
                await this.store.complete(claim.recordId, response).catch(() => this.unsettled.add(claim.recordId, { keep: response }));
                return result;
              }),
              catchError((error) => from(this.settleFailure(claim.recordId, error)).pipe(mergeMap(() => throwError(() => error)))),
            );
        }
      }),
    );
  }

  /** The handler, run so that its transactions mark the claim committed (see IdempotencyStore.runMarked). */
  private marked(recordId: number, next: CallHandler): Observable<unknown> {
    return new Observable((subscriber) => {
      void this.store.runMarked(
        recordId,
        () =>
          new Promise<void>((settle) =>
            next.handle().subscribe({
              next: (value) => subscriber.next(value),
              error: (error) => (subscriber.error(error), settle()),
              complete: () => (subscriber.complete(), settle()),
            }),
          ),
      );
    });
  }

  /**
   * A request that failed frees its key for a repeat. One that lost its database may have done its
   * work before: its commit mark decides (now, or once the database answers again).
   */
  private async settleFailure(recordId: number, error: unknown): Promise<void> {
    if (!isDatabaseUnavailable(error)) {
      await this.store.abandon(recordId).catch(() => this.unsettled.add(recordId, { free: true }));
      return;
    }
    await this.store.settleUnknown(recordId).catch(() => this.unsettled.add(recordId, { readOutcome: true }));
  }
}

/**
 * Marks a POST that creates: the same `Idempotency-Key` replays its first response (every creating
 * POST has it). `secrets` names body attributes left out of the stored fingerprint beyond the
 * usual secret names (passwords, tokens, card numbers): a card's `number`, a one-time `code`.
 */
export const Idempotent = (options: { secrets?: string[] } = {}) =>
  applyDecorators(
    SetMetadata(ROUTE_SECRETS, new Set(options.secrets ?? [])),
    UseInterceptors(IdempotentInterceptor),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key replays the first response' }),
    ApiResponse({ status: 422, description: 'The Idempotency-Key was used with a different request' }),
  );
